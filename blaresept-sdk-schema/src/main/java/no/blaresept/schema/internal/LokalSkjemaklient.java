package no.blaresept.schema.internal;

import java.io.InputStream;
import java.util.Set;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import org.everit.json.schema.loader.SchemaClient;

/**
 * everit's source of remote schemas: only the draft-07 metaschema, shipped with the SDK and served from the
 * class path; every other remote {@code $ref} is refused. The SDK never fetches a schema over the network.
 *
 * <p>Stateless and thread-safe.
 */
final class LokalSkjemaklient implements SchemaClient {
    static final LokalSkjemaklient INSTANS = new LokalSkjemaklient();
    /** The metaschema's names, without a fragment. */
    static final Set<String> METASKJEMA = Set.of("http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft-07/schema");
    private static final String RESSURS = "draft-07-schema.json";

    private LokalSkjemaklient() {
    }

    /** Whether {@code ref} names the draft-07 metaschema (with or without an empty fragment). */
    static boolean erMetaskjema(String ref) {
        int fragment = ref.indexOf('#');
        return METASKJEMA.contains(fragment < 0 ? ref : ref.substring(0, fragment));
    }

    @Override
    public InputStream get(String url) {
        if (erMetaskjema(url)) {
            InputStream ressurs = LokalSkjemaklient.class.getResourceAsStream(RESSURS);
            if (ressurs != null) {
                return ressurs;
            }
        }
        throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, "", "eksterne henvisninger støttes ikke");
    }
}
