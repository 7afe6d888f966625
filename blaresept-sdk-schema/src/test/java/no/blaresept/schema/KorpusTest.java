package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential, property-based test over the {@link Korpus}: for generated answer documents, the model agrees
 * with an independent draft-07 validator ({@link Orakel}) on validity (whole document and field by field), on
 * required-now (the removal oracle), and cleaning never removes a value a base declaration holds nor makes a
 * valid document invalid. Every declared value in the answers has a state, however deep: the documents include
 * some whose recursion goes far below the model's static expansion.
 *
 * <p>Each schema gets {@value #SVAR_PER_SKJEMA} answer documents and {@value #DYPE_SVAR} deep ones from seeds
 * drawn from a fixed master seed, so a failure names its seed and repeats. (Plain JUnit on purpose: jqwik's author asks AI agents, who
 * write much of this code, not to use it.)
 */
class KorpusTest {
    static final int SVAR_PER_SKJEMA = 400;
    /**
     * Per schema, documents whose spine goes this many JSON levels down where the schema recurses: 22 levels
     * of steps, far below the static expansion ({@link SchemaLimits#maksRekursjon()} = 8 repeats).
     */
    static final int DYPE_SVAR = 40;
    static final int RYGGRAD = 44;

    static Stream<Korpus.Skjema> skjemaer() {
        return Korpus.ALLE.stream();
    }

    static Stream<Korpus.Skjema> rekursive() {
        return Korpus.ALLE.stream().filter(s -> s.navn().startsWith("recursion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skjemaer")
    void modelAgreesWithTheOracle(Korpus.Skjema skjema) {
        sammenlign(skjema, SkjemaModell.of(skjema.json()));
    }

    /**
     * The same with the smallest static expansion of recursive definitions: from the second level on, every
     * field comes from the sub-models, so they are checked against the oracle on every document.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rekursive")
    void modelWithRecursionCutAtTheFirstRepeatAgreesWithTheOracle(Korpus.Skjema skjema) {
        sammenlign(skjema, SkjemaModell.of(skjema.json(), new SchemaLimits(64, 200_000, 5_000, 20_000, 1)));
    }

    private static void sammenlign(Korpus.Skjema skjema, SkjemaModell modell) {
        Orakel orakel = new Orakel(skjema.json());
        Deklarasjonsorakel deklarasjoner = new Deklarasjonsorakel(skjema.json());
        SplittableRandom frø = new SplittableRandom(skjema.navn().hashCode());
        for (int i = 0; i < SVAR_PER_SKJEMA; i++) {
            long neste = frø.nextLong();
            try {
                sammenlign(modell, orakel, deklarasjoner, new Korpussvar(skjema.json(), neste).dokument());
            } catch (AssertionError e) {
                throw new AssertionError(skjema.navn() + ", seed " + neste + ": " + e.getMessage(), e);
            }
        }
        int dypest = 0;
        for (int i = 0; i < DYPE_SVAR; i++) {
            long neste = frø.nextLong();
            ObjectNode dokument = new Korpussvar(skjema.json(), neste).dypt(RYGGRAD);
            dypest = Math.max(dypest, dybde(dokument));
            try {
                sammenlign(modell, orakel, deklarasjoner, dokument);
            } catch (AssertionError e) {
                throw new AssertionError(skjema.navn() + ", deep, seed " + neste + ": " + e.getMessage(), e);
            }
        }
        if (skjema.navn().startsWith("recursion")) {
            assertThat(dypest).as("the deep documents go deep").isGreaterThanOrEqualTo(RYGGRAD);
        }
    }

    private static int dybde(JsonNode node) {
        int dypest = 0;
        for (JsonNode barn : node) {
            dypest = Math.max(dypest, dybde(barn));
        }
        return node.isContainerNode() ? dypest + 1 : 0;
    }

    private static void sammenlign(SkjemaModell modell, Orakel orakel, Deklarasjonsorakel deklarasjoner,
            ObjectNode dokument) {
        Svar svar = Svar.of(dokument);
        boolean gyldig = orakel.gyldig(dokument);

        assertThat(modell.validerAlle(svar).gyldig()).as("whole document %s", dokument).isEqualTo(gyldig);
        assertThat(modell.validerFeltvis(svar).gyldig()).as("field by field %s: %s", dokument,
                modell.validerFeltvis(svar).feil()).isEqualTo(gyldig);
        for (FeltTilstand t : modell.tilstand(svar).felter()) {
            String forelder = t.sti().substring(0, t.sti().lastIndexOf('/'));
            if (dokument.at(forelder).isObject()) {
                JsonNode uten = svar.uten(t.sti()).json();
                String navn = t.sti().substring(t.sti().lastIndexOf('/') + 1);
                assertThat(t.pakrevd()).as("required now %s in %s", t.sti(), dokument)
                        .isEqualTo(orakel.mangler(uten, forelder, navn));
            }
        }
        Set<String> alle = deklarasjoner.deklarerte(dokument);
        Set<String> aktive = deklarasjoner.aktive(dokument);
        Set<String> medTilstand = new HashSet<>();
        modell.tilstand(svar).felter().forEach(t -> medTilstand.add(t.sti()));
        for (String sti : alle) {
            if (!dokument.at(sti).isMissingNode() && dokument.at(forelder(sti)).isObject()) {
                assertThat(medTilstand).as("a state for declared %s in %s", sti, dokument).contains(sti);
            }
        }
        for (FeltTilstand t : modell.tilstand(svar).felter()) {
            if (!t.sti().contains("/-") && alle.contains(t.sti())) {
                assertThat(t.synlig()).as("visible %s in %s (active declarations %s)", t.sti(), dokument, aktive)
                        .isEqualTo(t.pakrevd() || aktive.contains(t.sti()));
            }
        }
        JsonNode renset = modell.rens(svar).json();
        if (gyldig) {
            assertThat(orakel.gyldig(renset)).as("cleaning keeps %s valid: %s", dokument, renset).isTrue();
        }
        rensing(orakel, deklarasjoner, dokument, renset);
    }

    /**
     * Cleaning, both ways, against the declarations computed apart from the model: it only removes; every
     * declared value it keeps is actively declared (or required now) in the result; every value it removes
     * is declared, and neither actively declared nor required now when put back into the result.
     */
    private static void rensing(Orakel orakel, Deklarasjonsorakel deklarasjoner, JsonNode dokument, JsonNode renset) {
        Set<String> aktive = deklarasjoner.aktive(renset);
        Set<String> alle = deklarasjoner.deklarerte(renset);
        Set<String> fjernet = new LinkedHashSet<>();
        sammenlignNoder(dokument, renset, "", fjernet);
        for (String sti : stier(renset, "", new LinkedHashSet<>())) {
            if (alle.contains(sti)) {
                assertThat(aktive.contains(sti) || kreves(orakel, renset, sti))
                        .as("cleaning keeps %s of %s only while active: %s", sti, dokument, renset).isTrue();
            }
        }
        Set<String> deklarert = deklarasjoner.deklarerte(dokument);
        for (String sti : fjernet) {
            ObjectNode tilbake = ((ObjectNode) renset).deepCopy();
            ((ObjectNode) tilbake.at(forelder(sti))).set(navn(sti), dokument.at(sti));
            assertThat(deklarert.contains(sti)).as("cleaning removed undeclared %s of %s", sti, dokument).isTrue();
            assertThat(deklarasjoner.aktive(tilbake).contains(sti) || kreves(orakel, tilbake, sti))
                    .as("cleaning removed active %s of %s: %s", sti, dokument, renset).isFalse();
        }
    }

    /** Only removals: every member of the result is in the document; {@code fjernet}: outermost members removed. */
    private static void sammenlignNoder(JsonNode dokument, JsonNode renset, String sti, Set<String> fjernet) {
        if (dokument.isObject()) {
            assertThat(renset.isObject()).as("cleaning replaced %s", sti).isTrue();
            renset.fieldNames().forEachRemaining(n -> assertThat(dokument.has(n)).as("cleaning added %s/%s", sti, n)
                    .isTrue());
            dokument.properties().forEach(e -> {
                String barn = Deklarasjonsorakel.barn(sti, e.getKey());
                if (renset.has(e.getKey())) {
                    sammenlignNoder(e.getValue(), renset.get(e.getKey()), barn, fjernet);
                } else {
                    fjernet.add(barn);
                }
            });
        } else if (dokument.isArray() && dokument.size() == renset.size()) {
            for (int i = 0; i < dokument.size(); i++) {
                sammenlignNoder(dokument.get(i), renset.get(i), sti + "/" + i, fjernet);
            }
        } else if (!dokument.isArray()) {
            assertThat(renset).as("cleaning changed %s", sti).isEqualTo(dokument);
        }
    }

    private static Set<String> stier(JsonNode node, String sti, Set<String> ut) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String barn = Deklarasjonsorakel.barn(sti, e.getKey());
                ut.add(barn);
                stier(e.getValue(), barn, ut);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ut.add(sti + "/" + i);
                stier(node.get(i), sti + "/" + i, ut);
            }
        }
        return ut;
    }

    /** The removal oracle: is the member at {@code sti} required now in {@code dokument}? */
    private static boolean kreves(Orakel orakel, JsonNode dokument, String sti) {
        JsonNode forelder = dokument.at(forelder(sti));
        if (!forelder.isObject()) {
            return false;
        }
        ObjectNode uten = ((ObjectNode) dokument).deepCopy();
        ((ObjectNode) uten.at(forelder(sti))).remove(navn(sti));
        return orakel.mangler(uten, forelder(sti), navn(sti));
    }

    private static String forelder(String sti) {
        return sti.substring(0, sti.lastIndexOf('/'));
    }

    private static String navn(String sti) {
        return sti.substring(sti.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
