package no.blaresept.schema.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.everit.json.schema.FormatValidator;

/**
 * Draft-07 {@code email}: an RFC 5322 addr-spec in ASCII (a local part as dot-atom or quoted string, a
 * domain as host name or address literal). Non-ASCII addresses ({@code æøå@example.no}) are
 * {@code idn-email}, which everit checks on its own.
 *
 * <p>Stateless and thread-safe.
 */
final class AsciiEpost implements FormatValidator {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    /** Possessive or bounded quantifiers, and separators between repeats: linear in the answer's length. */
    private static final Pattern LOKAL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*+"
            + "|\"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*+\"");
    private static final Pattern DOMENE = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "|\\[[\\x21-\\x5a\\x5e-\\x7e]*+\\]");

    @Override
    public Optional<String> validate(String verdi) {
        int krollalfa = verdi.lastIndexOf('@');
        boolean gyldig = krollalfa > 0 && LOKAL.matcher(verdi.substring(0, krollalfa)).matches()
                && DOMENE.matcher(verdi.substring(krollalfa + 1)).matches();
        return gyldig ? Optional.empty() : Optional.of("ikke en e-postadresse");
    }

    @Override
    public String formatName() {
        return "email";
    }
}
