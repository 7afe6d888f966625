package no.blaresept.examples.skjema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.blaresept.schema.Endring;
import no.blaresept.schema.SkjemaEndring;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.Valideringsresultat;

/**
 * Command line for the schema interpreter, for vendors whose EPJ is not written in Java and for CI jobs
 * that watch for new schema versions.
 *
 * <pre>
 * diff OLD.json NEW.json      one JSON object: {"classification", "changes": [{"path", "change", "classification"}]}
 * validate SCHEMA.json        JSON Lines on stdin, one {"valid", "errors": [{"path", "code", "message"}]} per line
 * </pre>
 *
 * <p>Exit codes: 0 done (and, for {@code validate}, every document valid), 1 some document invalid, 2 bad
 * usage or unreadable/invalid schema file (a message on stderr, never a stack trace).
 *
 * <p>Thread safety: stateless; {@link #kjor} may run concurrently with different streams.
 */
public final class SkjemaCli {
    static final int OK = 0;
    static final int UGYLDIGE_DOKUMENTER = 1;
    static final int FEIL = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRUK = "Bruk: diff GAMMEL.json NY.json | validate SKJEMA.json < dokumenter.jsonl";

    private SkjemaCli() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args {@code diff OLD NEW} or {@code validate SCHEMA}
     */
    public static void main(String[] args) {
        System.exit(kjor(args, System.in, System.out, System.err));
    }

    /** Runs one command against the given streams; returns the exit code. */
    static int kjor(String[] args, InputStream inn, PrintStream ut, PrintStream feil) {
        try {
            if (args.length == 3 && "diff".equals(args[0])) {
                return diff(les(args[1]), les(args[2]), ut, feil);
            }
            if (args.length == 2 && "validate".equals(args[0])) {
                return valider(SkjemaModell.of(les(args[1])), inn, ut);
            }
            feil.println(BRUK);
            return FEIL;
        } catch (Avbrudd e) {
            feil.println(e.getMessage());
            return FEIL;
        } catch (SkjemaException e) {
            feil.println("Ugyldig skjema: " + e.getMessage());
            return FEIL;
        } catch (IOException e) {
            feil.println("Kunne ikke lese standard inn: " + e.getMessage());
            return FEIL;
        }
    }

    private static int diff(JsonNode gammel, JsonNode ny, PrintStream ut, PrintStream feil) {
        SkjemaEndring endring = SkjemaEndring.sammenlign(gammel, ny);
        ObjectNode resultat = JSON.createObjectNode().put("classification", endring.klassifisering().name());
        ArrayNode endringer = resultat.putArray("changes");
        for (Endring e : endring.endringer()) {
            endringer.addObject().put("path", e.sti()).put("change", e.beskrivelse())
                    .put("classification", e.klasse().name());
        }
        ut.println(resultat);
        endring.versjonsavvik().ifPresent(avvik -> feil.println("Advarsel: " + avvik));
        return OK;
    }

    private static int valider(SkjemaModell modell, InputStream inn, PrintStream ut) throws IOException {
        BufferedReader linjer = new BufferedReader(new InputStreamReader(inn, StandardCharsets.UTF_8));
        boolean alleGyldige = true;
        for (String linje = linjer.readLine(); linje != null; linje = linjer.readLine()) {
            if (linje.isBlank()) {
                continue;
            }
            ObjectNode resultat = dokument(modell, linje);
            alleGyldige &= resultat.get("valid").booleanValue();
            ut.println(resultat);
        }
        return alleGyldige ? OK : UGYLDIGE_DOKUMENTER;
    }

    /** One line's verdict; a line that is not a JSON object is an invalid document, not a crash. */
    private static ObjectNode dokument(SkjemaModell modell, String linje) {
        Valideringsresultat resultat;
        try {
            resultat = modell.validerAlle(Svar.of(JSON.readTree(linje)));
        } catch (JacksonException e) {
            return ugyldig("UGYLDIG_JSON", "Linjen er ikke gyldig JSON.");
        } catch (SkjemaException e) {
            return ugyldig(e.kode().name(), e.getMessage());
        }
        ObjectNode ut = JSON.createObjectNode().put("valid", resultat.gyldig());
        ArrayNode feil = ut.putArray("errors");
        for (Valideringsfeil f : resultat.feil()) {
            feil.addObject().put("path", f.sti()).put("code", f.kode().name()).put("message", f.melding());
        }
        return ut;
    }

    private static ObjectNode ugyldig(String kode, String melding) {
        ObjectNode ut = JSON.createObjectNode().put("valid", false);
        ut.putArray("errors").addObject().put("path", "").put("code", kode).put("message", melding);
        return ut;
    }

    private static JsonNode les(String fil) {
        try {
            return JSON.readTree(Files.readString(Path.of(fil), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Avbrudd("Filen er ikke gyldig JSON: " + fil + " (linje " + e.getLocation().getLineNr() + ")");
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new Avbrudd("Kunne ikke lese filen: " + fil);
        }
    }

    /** A user error with its message: ends the run with exit code 2. */
    private static final class Avbrudd extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Avbrudd(String melding) {
            super(melding, null, false, false);
        }
    }
}
