package no.blaresept.schema;

/**
 * The file types Blåresept accepts as attachments, recognised by content, not by name
 * ({@link Vedleggskrav#gjenkjenn(java.io.InputStream)}). Serves F-4.7.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum Vedleggstype {
    /** PDF: starts with {@code %PDF-} and a version, ends with {@code %%EOF}. */
    PDF("application/pdf", ".pdf"),
    /** Word (DOCX): a ZIP archive whose {@code [Content_Types].xml} declares a WordprocessingML main part it holds. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String medietype;
    private final String filendelse;

    Vedleggstype(String medietype, String filendelse) {
        this.medietype = medietype;
        this.filendelse = filendelse;
    }

    /** The media type, for example {@code application/pdf}. */
    public String medietype() {
        return medietype;
    }

    /** The usual file name ending, for example {@code .pdf}. */
    public String filendelse() {
        return filendelse;
    }
}
