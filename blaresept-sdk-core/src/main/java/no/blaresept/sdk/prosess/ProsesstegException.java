package no.blaresept.sdk.prosess;

import java.util.Objects;
import no.blaresept.sdk.error.BlareseptException;

/**
 * A {@link BlareseptProsess} was asked for a call its current step does not allow — e.g. {@code del2}
 * before {@code del1} gave a form, or a second {@code send}. Nothing was sent. Says which step the
 * process is at and what to call instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProsesstegException extends BlareseptException {

    private static final long serialVersionUID = 1L;

    private final Prosesssteg steg;

    ProsesstegException(Prosesssteg steg, String call, String whatToDo) {
        super(call + " is not allowed at step " + steg + ": " + whatToDo, null);
        this.steg = Objects.requireNonNull(steg, "steg");
    }

    /** The step the process was at. */
    public Prosesssteg steg() {
        return steg;
    }
}
