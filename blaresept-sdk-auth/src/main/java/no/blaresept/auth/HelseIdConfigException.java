package no.blaresept.auth;

/**
 * A {@link HelseIdConfig} that cannot work: a required setting is missing or a value is out of
 * range. {@link #setting()} names the builder method to fix; the message says what is wrong.
 *
 * <p>Unchecked. Immutable and thread-safe once thrown.
 */
public class HelseIdConfigException extends HelseIdException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    /**
     * @param setting the builder setting at fault, e.g. {@code issuer}
     * @param problem what is wrong with it, without secrets
     */
    public HelseIdConfigException(String setting, String problem) {
        super("HelseIdConfig." + setting + ": " + problem);
        this.setting = setting;
    }

    /** The builder setting at fault, e.g. {@code issuer} or {@code requestTimeout}. */
    public String setting() {
        return setting;
    }
}
