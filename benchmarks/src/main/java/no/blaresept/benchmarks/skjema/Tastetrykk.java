package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.JsonNode;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.openjdk.jmh.infra.Blackhole;

/** The two sides of a keystroke benchmark, shared by the form benchmarks. Stateless. */
final class Tastetrykk {
    private Tastetrykk() {
    }

    /** SDK: set the answer (stale values removed), every field's state, the changed field's errors. */
    static void sdk(SkjemaModell modell, Svar fra, String sti, JsonNode verdi, Blackhole hull) {
        Svar ny = modell.oppdater(fra, sti, verdi);
        hull.consume(modell.tilstand(ny));
        hull.consume(modell.validerFelt(ny, sti));
    }

    /** Raw everit on the changed document: the whole document validated (it reports errors by throwing). */
    static void everit(Schema everit, JSONObject dokument, Blackhole hull) {
        try {
            everit.validate(dokument);
            hull.consume(true);
        } catch (ValidationException e) {
            hull.consume(e);
        }
    }
}
