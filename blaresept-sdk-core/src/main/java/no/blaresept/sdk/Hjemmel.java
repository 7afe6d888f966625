package no.blaresept.sdk;

import java.util.Locale;
import no.blaresept.sdk.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The legal basis a prescription is made under: blåreseptforskriften § 3 or § 6, or
 * folketrygdloven § 5-25 (occupational injury). Serves F-0.1 and F-1.1.
 *
 * <p>Immutable and thread-safe.
 */
public enum Hjemmel {
    /** Blåreseptforskriften § 3: individual reimbursement by application. */
    BLARESEPTFORSKRIFTEN_3("§3"),
    /** Blåreseptforskriften § 6: reimbursement of drugs not otherwise covered. */
    BLARESEPTFORSKRIFTEN_6("§6"),
    /** Folketrygdloven § 5-25: occupational injury. */
    FOLKETRYGDLOVEN_5_25("§5-25");

    private final String paragraf;

    Hjemmel(String paragraf) {
        this.paragraf = paragraf;
    }

    /** The paragraph as doctors write it, e.g. {@code §3}. */
    public String paragraf() {
        return paragraf;
    }

    /**
     * Reads a paragraph as an EPJ may hold it: {@code §3}, {@code § 6}, {@code 5-25} or a constant name.
     *
     * @param tekst the paragraph
     * @return the legal basis
     * @throws InvalidInputException naming {@code hjemmel} when it is none of §3, §6 and §5-25
     */
    public static Hjemmel parse(@Nullable String tekst) {
        if (tekst != null) {
            String wanted = tekst.replace(" ", "").replace("§", "").toUpperCase(Locale.ROOT);
            for (Hjemmel h : values()) {
                if (h.paragraf.substring(1).equals(wanted) || h.name().equals(wanted)) {
                    return h;
                }
            }
        }
        throw new InvalidInputException("hjemmel", "HJEMMEL_UKJENT", "hjemmel must be §3, §6 or §5-25");
    }
}
