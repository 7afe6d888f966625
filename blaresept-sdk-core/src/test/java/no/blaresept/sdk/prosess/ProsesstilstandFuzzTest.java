package no.blaresept.sdk.prosess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.junit.jupiter.api.Test;

/**
 * Seeded generators (no property-testing engine): generated states round-trip through their JSON, and
 * hostile edits of a saved document end only in a {@link ProsesstilstandException} or a valid state —
 * never another exception, never an {@link Error}. A failure names its seed and case.
 */
class ProsesstilstandFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] TEKSTER = {"", "a", "æøå", "\"", "\\", "~1/", "\u0000", "\ud83d\ude00", Testdata.FNR};

    @Test
    void generatedStatesRoundTrip() {
        Random r = new Random(SEED);
        Skjemadel del = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("1.0.0"),
                Eksempelskjema.of(Eksempelskjema.Del.DEL1), Svar.empty());
        for (int i = 0; i < 200; i++) {
            Prosesssteg steg = Prosesssteg.values()[r.nextInt(Prosesssteg.values().length)];
            boolean medDel = Prosesstilstand.MED_SKJEMADEL.contains(steg) || steg == Prosesssteg.AVSLUTTET && r.nextBoolean();
            List<Vedleggsreferanse> vedlegg = new ArrayList<>();
            for (int v = r.nextInt(3); v > 0; v--) {
                vedlegg.add(new Vedleggsreferanse("/vedlegg/" + v, URI.create("file:///tmp/f" + r.nextInt(1000) + ".pdf"),
                        "%064x".formatted(r.nextLong() & Long.MAX_VALUE)));
            }
            Prosesstilstand t = new Prosesstilstand(Testdata.forskrivning(), steg, medDel ? del : null,
                    Svar.of(objekt(r, 4)), vedlegg, r.nextBoolean() ? new Soknadsreferanse("BRS-2026-" + r.nextInt(999999)) : null);

            assertThat(Prosesstilstand.parse(t.toJson())).as("seed %d, case %d", SEED, i).isEqualTo(t);
        }
    }

    @Test
    void hostileEditsEndInATypedRefusalOrAValidState() {
        Random r = new Random(SEED);
        String lagret = ProsesstilstandTest.midtIUtfyllingen().toJson();
        String[] innskudd = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-0", "true", "\\u0000", "{\"a\":{}}", "\"\"", "1.5"};
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder(lagret);
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, innskudd[r.nextInt(innskudd.length)]);
                    default -> s.setCharAt(at, (char) (' ' + r.nextInt(95)));
                }
            }
            try {
                Prosesstilstand.parse(s.toString());
            } catch (ProsesstilstandException e) {
                assertThat(e.getMessage()).as("seed %d, case %d", SEED, i).doesNotContain(Testdata.FNR.substring(0, 6));
            } catch (RuntimeException | Error e) {
                fail("seed " + SEED + ", case " + i + ": " + e, e);
            }
        }
    }

    private static ObjectNode objekt(Random r, int dybde) {
        ObjectNode o = JSON.objectNode();
        for (int n = r.nextInt(4); n > 0; n--) {
            o.set(TEKSTER[r.nextInt(TEKSTER.length)] + r.nextInt(5), verdi(r, dybde - 1));
        }
        return o;
    }

    private static JsonNode verdi(Random r, int dybde) {
        return switch (dybde <= 0 ? r.nextInt(5) : r.nextInt(7)) {
            case 0 -> JSON.textNode(TEKSTER[r.nextInt(TEKSTER.length)]);
            case 1 -> JSON.numberNode(r.nextLong());
            case 2 -> JSON.numberNode(r.nextDouble());
            case 3 -> JSON.booleanNode(r.nextBoolean());
            case 4 -> JSON.nullNode();
            case 5 -> objekt(r, dybde);
            default -> JSON.arrayNode().add(verdi(r, dybde - 1)).add(verdi(r, dybde - 1));
        };
    }
}
