package no.blaresept.sdk.spi;

/**
 * The HelseID scopes the Blåresept APIs require (T-2.5). Each endpoint needs one of them; the
 * mapping is part of the assumed wire contract ({@code docs/api/blaresept-api.yaml}).
 *
 * <p>Immutable and thread-safe.
 */
public enum BlareseptScope {
    /** Rules and schema: {@code soknad/del1..del3} and {@code getSoknadSkjema}. */
    REGEL("hdir:blareseptsoknad/regel"),
    /** Application handling: {@code soknad/valider}, {@code soknad/send} and status lookup. */
    SOKNAD("hdir:blareseptsoknad/soknad"),
    /** Decision lookup: {@code vedtak/sok} and {@code vedtak/getVedtaksdokument}; also open to assistants. */
    VEDTAKSSPORRING("hdir:blareseptsoknad/vedtakssporring");

    private final String value;

    BlareseptScope(String value) {
        this.value = value;
    }

    /** The scope string as HelseID expects it, e.g. {@code hdir:blareseptsoknad/soknad}. */
    public String value() {
        return value;
    }
}
