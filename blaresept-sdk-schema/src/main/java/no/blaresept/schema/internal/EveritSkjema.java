package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import no.blaresept.schema.Valideringsfeil;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;
import org.jspecify.annotations.Nullable;

/**
 * The only adapter to everit json-schema: compiles a (sub)schema of one root document and validates
 * instances, mapping everit's errors to {@link Valideringsfeil}. Compiled schemas are immutable and used from
 * many threads.
 *
 * <p>everit checks {@code uniqueItems} by comparing every pair of items. A schema with it is compiled
 * without it, which gives the same verdict for an instance in which no list has equal items
 * ({@link UnikeElementer}, linear); for one that has some, it is compiled for that instance with each
 * {@code uniqueItems} replaced by {@code not: {enum: [those lists]}}.
 */
public final class EveritSkjema {
    /** Marks the schema that stands for {@code uniqueItems}, so its violation is reported as one. */
    static final String MERKE = "x-blaresept-uniqueItems";

    private static final int MAKS_HUSKET = 256;

    /** The schema; with {@code uniqueItems} in it, without them (an instance without equal items). */
    private final Kompilert skjema;
    /** With {@code uniqueItems}: compiles the schema for an instance with these lists of equal items. */
    private final @Nullable Function<ArrayNode, Schema> medLike;
    private final Map<JsonNode, Boolean> husket = new ConcurrentHashMap<>();

    private EveritSkjema(Kompilert skjema, @Nullable Function<ArrayNode, Schema> medLike) {
        this.skjema = skjema;
        this.medLike = medLike;
    }

    /** The compiled schema that gives {@code instans} the whole schema's verdict in linear time. */
    private Schema skjema(JsonNode instans) {
        if (medLike == null) {
            return skjema.get();
        }
        ArrayNode like = UnikeElementer.medLike(instans);
        return like.isEmpty() ? skjema.get() : medLike.apply(like);
    }

    /** Compiled on first use: most parts of a form are never validated on their own. Benign race: compiling twice gives equal schemas. */
    private static final class Kompilert {
        private final Supplier<Schema> laster;
        private volatile @Nullable Schema skjema;

        Kompilert(Supplier<Schema> laster) {
            this.laster = laster;
        }

        Schema get() {
            Schema s = skjema;
            if (s == null) {
                s = laster.get();
                skjema = s;
            }
            return s;
        }
    }

    /** Context for compiling parts of one root schema: the root, converted once. */
    public static final class Rot {
        private final JsonNode rot;
        private final URI id;
        private final SkjemaIder ider;
        /** The root as everit gets it: without {@code uniqueItems} when it has any. */
        private final Utgave utgave;
        private final boolean unike;

        /** @param rot the whole schema (already checked by {@link SkjemaSjekk}) */
        public Rot(JsonNode rot) {
            this.rot = rot;
            this.id = SkjemaIder.rotUri(rot);
            this.ider = new SkjemaIder(rot);
            this.unike = rot.findParent("uniqueItems") != null;
            this.utgave = utgave(unike ? BooleanNode.TRUE : null);
        }

        /** The root with {@code uniqueItems} replaced by {@code unike} (kept when null), and its nested {@code $id} documents. */
        private Utgave utgave(@Nullable JsonNode unike) {
            JSONObject json = (JSONObject) OrgJson.til(EveritForm.av(rot, id, unike));
            Map<URI, Object> dokumenter = new HashMap<>();
            // everit knows only the root by URI; references to a nested $id's document would go to the network.
            ider.dokumenter().forEach((uri, sti) -> dokumenter.put(uri, json.query(sti)));
            return new Utgave(json, dokumenter);
        }

        private record Utgave(JSONObject json, Map<URI, Object> dokumenter) {
        }

        /** Compiles the whole root now, so that a malformed schema fails at once. */
        public EveritSkjema helhet() {
            Schema helhet = last(utgave.json(), utgave, "", true);
            return new EveritSkjema(new Kompilert(() -> helhet), !unike ? null : like -> {
                Utgave u = utgave(ikkeLike(like));
                return last(u.json(), u, "", true);
            });
        }

        /**
         * Compiles a part of the root; its {@code $ref}s resolve against the root.
         *
         * @param del the part
         * @param sti where the part sits in the root (for error messages)
         */
        public EveritSkjema del(JsonNode del, String sti) {
            boolean henviser = del.findParent("$ref") != null;
            JsonNode utenUnike = unike ? BooleanNode.TRUE : null;
            boolean medUnike = unike && (henviser || del.findParent("uniqueItems") != null);
            return new EveritSkjema(new Kompilert(() -> last(OrgJson.til(EveritForm.av(del, id, utenUnike)), utgave, sti,
                    henviser)), !medUnike ? null : like -> {
                        JsonNode erstatning = ikkeLike(like);
                        return last(OrgJson.til(EveritForm.av(del, id, erstatning)), utgave(erstatning), sti, henviser);
                    });
        }

        /** What {@code uniqueItems: true} means for an instance whose lists with equal items are {@code like}. */
        private static JsonNode ikkeLike(ArrayNode like) {
            ObjectNode ikke = JsonNodeFactory.instance.objectNode().put(MERKE, true);
            ikke.putObject("not").set("enum", like);
            return ikke;
        }

        private Schema last(Object del, Utgave rot, String sti, boolean henviser) {
            try {
                SchemaLoader.SchemaLoaderBuilder builder = SchemaLoader.builder()
                        .draftV7Support()
                        .schemaClient(LokalSkjemaklient.INSTANS)
                        .regexpFactory(new RE2JRegexpFactory())
                        .enableOverrideOfBuiltInFormatValidators()
                        .addFormatValidator(new Rfc3339DatoTid())
                        .addFormatValidator(new AsciiEpost())
                        .resolutionScope(id)
                        .schemaJson(del);
                if (henviser) {
                    // Registering the root costs a walk of it; only parts with $refs need it.
                    builder.registerSchemaByURI(id, rot.json());
                    rot.dokumenter().forEach(builder::registerSchemaByURI);
                }
                return builder.build().load().build();
            } catch (SchemaException e) {
                String hvor = e.getSchemaLocation() == null ? sti : sti + stiFra(e.getSchemaLocation());
                throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, hvor, "ugyldig nøkkelord");
            } catch (SkjemaException e) {
                throw new SkjemaException(e.kode(), sti, "eksterne henvisninger støttes ikke");
            } catch (RuntimeException e) {
                // everit signals some malformed schemas with plain runtime exceptions (bad pointers, casts).
                throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, sti, "kunne ikke tolkes");
            } catch (StackOverflowError e) {
                throw forDyp(sti);
            }
        }
    }

    /**
     * {@link #gyldig} with a small memory of recent verdicts. Conditions see the same few values again and
     * again (the user changes one answer at a time), and everit reports invalid input by throwing, which is
     * slow; remembering keeps re-evaluation cheap. Bounded: the memory is dropped when full.
     */
    public boolean gyldigHusket(JsonNode instans) {
        Boolean kjent = husket.get(instans);
        if (kjent != null) {
            return kjent;
        }
        boolean gyldig = gyldig(instans);
        if (husket.size() >= MAKS_HUSKET) {
            husket.clear();
        }
        // Key is a private copy: answer trees are shared but never mutated, the copy makes that irrelevant.
        husket.put(instans.deepCopy(), gyldig);
        return gyldig;
    }

    /** Whether {@code instans} is valid. */
    public boolean gyldig(JsonNode instans) {
        try {
            skjema(instans).validate(OrgJson.til(instans));
            return true;
        } catch (ValidationException e) {
            return false;
        } catch (StackOverflowError e) {
            throw forDyp("");
        }
    }

    /**
     * Validates {@code instans} and maps every violation to a field error.
     *
     * @param instans the value
     * @param prefiks the value's JSON Pointer in the answers, prepended to error paths
     */
    public List<Valideringsfeil> valider(JsonNode instans, String prefiks) {
        try {
            skjema(instans).validate(OrgJson.til(instans));
            return List.of();
        } catch (ValidationException e) {
            List<Valideringsfeil> feil = new ArrayList<>();
            Feilkart.samle(e, instans, prefiks, feil);
            return feil;
        } catch (StackOverflowError e) {
            throw forDyp(prefiks);
        }
    }

    /**
     * The last line against schemas whose references nest without end at validation time: the checks at
     * {@code fra} refuse the known shapes ({@link SkjemaSjekk}), and an {@code Error} must never escape.
     */
    private static SkjemaException forDyp(String sti) {
        return new SkjemaException(SkjemaFeilkode.FOR_DYP, sti, "henvisningene nøster for dypt");
    }

    /**
     * Whether validating {@code instans} reports property {@code navn} missing from the object at
     * {@code objekt} (a JSON Pointer into {@code instans}), anywhere in the violation tree: also inside the
     * branches of a failed {@code oneOf}/{@code anyOf}.
     */
    public boolean mangler(JsonNode instans, String objekt, String navn) {
        try {
            skjema(instans).validate(OrgJson.til(instans));
            return false;
        } catch (ValidationException e) {
            return Feilkart.nevnerManglende(e, instans, objekt, navn);
        } catch (StackOverflowError e) {
            throw forDyp(objekt);
        }
    }

    private static String stiFra(String plassering) {
        int i = plassering.indexOf('#');
        return i < 0 ? "" : plassering.substring(i + 1);
    }
}
