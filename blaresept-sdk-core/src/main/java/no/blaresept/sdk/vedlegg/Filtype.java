package no.blaresept.sdk.vedlegg;

import java.util.Locale;

/**
 * The file types the Blåresept service accepts as attachments (F-4.7), with their media type and
 * file-name ending. Immutable and thread-safe.
 */
public enum Filtype {
    /** Portable Document Format. */
    PDF("application/pdf", ".pdf"),
    /** Word document (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String mimetype;
    private final String filending;

    Filtype(String mimetype, String filending) {
        this.mimetype = mimetype;
        this.filending = filending;
    }

    /** The media type sent with the attachment. */
    public String mimetype() {
        return mimetype;
    }

    /** The file-name ending, lower case with the dot, e.g. {@code .pdf}. */
    public String filending() {
        return filending;
    }

    boolean matchesName(String filnavn) {
        return filnavn.toLowerCase(Locale.ROOT).endsWith(filending);
    }
}
