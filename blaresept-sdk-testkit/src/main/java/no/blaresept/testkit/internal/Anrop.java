package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One call as a handler sees it: the path, a query lookup and the JSON body, with accessors that
 * answer 400 (by throwing {@link Avbrudd}) when a required part is missing or malformed. Messages
 * name the field, never its value. Handlers also leave notes on it (e.g. that an attachment broke
 * the rules) for the rehearsal report. Used by one request thread.
 */
final class Anrop {

    private static final Pattern FODSELSNUMMER = Pattern.compile("^[0-9]{11}$");

    private final String sti;
    private final java.util.function.Function<String, Optional<String>> query;
    private final byte[] body;
    private final Set<String> merknader = new HashSet<>();
    private @Nullable JsonNode json;

    Anrop(String sti, java.util.function.Function<String, Optional<String>> query, byte[] body) {
        this.sti = sti;
        this.query = query;
        this.body = body;
    }

    String sti() {
        return sti;
    }

    Optional<String> query(String navn) {
        return query.apply(navn);
    }

    /** The body as a JSON object. */
    JsonNode json() {
        JsonNode lest = json;
        if (lest == null) {
            try {
                lest = Response.JSON.readTree(body);
            } catch (IOException e) {
                throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "Innholdet er ikke gyldig JSON.");
            }
            if (lest == null || !lest.isObject()) {
                throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "Innholdet må være et JSON-objekt.");
            }
            json = lest;
        }
        return lest;
    }

    /** A required text field of the body, by JSON Pointer. */
    String tekst(String peker) {
        JsonNode node = json().at(peker);
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "Påkrevd tekstfelt mangler: " + peker);
        }
        return node.asText();
    }

    /** A required object field of the body, by JSON Pointer. */
    JsonNode objekt(String peker) {
        JsonNode node = json().at(peker);
        if (!node.isObject()) {
            throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "Påkrevd objekt mangler: " + peker);
        }
        return node;
    }

    /** A text field of the body if the body is JSON and has it; never answers 400. */
    Optional<String> tekstHvisFinnes(String peker) {
        try {
            JsonNode node = json().at(peker);
            return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
        } catch (Avbrudd ikkeJson) {
            return Optional.empty();
        }
    }

    /** Notes something the handler saw, for the rehearsal report. */
    void merk(String merknad) {
        merknader.add(merknad);
    }

    boolean merket(String merknad) {
        return merknader.contains(merknad);
    }

    /** The patient's fødselsnummer from {@code /pasient/fodselsnummer}, checked for shape. */
    String fodselsnummer() {
        String fnr = tekst("/pasient/fodselsnummer");
        if (!FODSELSNUMMER.matcher(fnr).matches()) {
            throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "/pasient/fodselsnummer må ha 11 sifre.");
        }
        return fnr;
    }

    /** Thrown by handlers to answer at once with a problem. */
    static final class Avbrudd extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Response svar;

        Avbrudd(Response svar) {
            super(null, null, false, false);
            this.svar = svar;
        }

        Response svar() {
            return svar;
        }
    }
}
