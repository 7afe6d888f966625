package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One call as a handler sees it: the path, a query lookup and the JSON body, with accessors that
 * answer 400 (by throwing {@link Avbrudd}) when a required part is missing or malformed. Messages
 * name the field, never its value.
 */
final class Anrop {

    private static final Pattern FODSELSNUMMER = Pattern.compile("^[0-9]{11}$");

    private final String sti;
    private final java.util.function.Function<String, Optional<String>> query;
    private final byte[] body;
    private JsonNode json;

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
        if (json == null) {
            try {
                json = Svar.JSON.readTree(body);
            } catch (IOException e) {
                throw new Avbrudd(Problem.ugyldigForesporsel("The request body is not valid JSON."));
            }
            if (json == null || !json.isObject()) {
                throw new Avbrudd(Problem.ugyldigForesporsel("The request body must be a JSON object."));
            }
        }
        return json;
    }

    /** A required text field of the body, by JSON Pointer. */
    String tekst(String peker) {
        JsonNode node = json().at(peker);
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new Avbrudd(Problem.ugyldigForesporsel("Required text field missing: " + peker));
        }
        return node.asText();
    }

    /** A required object field of the body, by JSON Pointer. */
    JsonNode objekt(String peker) {
        JsonNode node = json().at(peker);
        if (!node.isObject()) {
            throw new Avbrudd(Problem.ugyldigForesporsel("Required object missing: " + peker));
        }
        return node;
    }

    /** The patient's fødselsnummer from {@code /pasient/fodselsnummer}, checked for shape. */
    String fodselsnummer() {
        String fnr = tekst("/pasient/fodselsnummer");
        if (!FODSELSNUMMER.matcher(fnr).matches()) {
            throw new Avbrudd(Problem.ugyldigForesporsel("/pasient/fodselsnummer must be 11 digits."));
        }
        return fnr;
    }

    /** Thrown by handlers to answer at once with a problem. */
    static final class Avbrudd extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Svar svar;

        Avbrudd(Svar svar) {
            super(null, null, false, false);
            this.svar = svar;
        }

        Svar svar() {
            return svar;
        }
    }
}
