package no.blaresept.sdk.soknad;

import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * The service's id of an application being filled in, given by del1 and carried through del2, del3,
 * valider and send.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 8–64 letters, digits or '-'
 */
public record SoknadId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /**
     * Checks the format.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code soknadId} when malformed or holding a fødselsnummer
     */
    public SoknadId {
        Check.reference(value, FORMAT, "soknadId", "SOKNAD_ID_FORMAT", "8 to 64 letters, digits or '-'");
    }
}
