package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** Why one attempt brought no answer, sorted by what it means for a retry or a send. */
final class AttemptFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    enum Kind {
        /** No connection could be opened: nothing was sent. */
        CONNECT("could not connect"),
        /** No complete answer within the attempt's time. */
        TIMEOUT("got no answer in time"),
        /** The connection broke (reset, closed, body cut short). */
        IO("lost the connection"),
        /** The answer was larger than the client's {@code ResponseLimits}: read no further. */
        TOO_LARGE("answered more than the SDK reads"),
        /** The waiting thread was interrupted. */
        INTERRUPTED("was interrupted");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    private final Kind kind;
    private final boolean answerBegan;

    AttemptFailure(Kind kind, Throwable cause) {
        this(kind, cause, false);
    }

    private AttemptFailure(Kind kind, Throwable cause, boolean answerBegan) {
        super(kind.words(), cause);
        this.kind = kind;
        this.answerBegan = answerBegan;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the answer's status line and headers had arrived: then the JDK client did not resend the request. */
    boolean answerBegan() {
        return answerBegan;
    }

    /** This failure, known to have come after the answer's head. */
    AttemptFailure afterAnswerBegan() {
        AttemptFailure later = new AttemptFailure(kind, java.util.Objects.requireNonNull(getCause(), "cause"), true);
        later.setStackTrace(getStackTrace());
        return later;
    }

    /** Sorts what a transport failed with (timeouts of the SDK's own and interrupts are sorted by the engine). */
    static AttemptFailure of(Exception cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new AttemptFailure(Kind.CONNECT, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new AttemptFailure(Kind.TIMEOUT, cause);
        }
        if (cause instanceof IOException) {
            // The JDK client wraps a refused connection in a plain IOException in some versions.
            return cause.getCause() instanceof ConnectException
                    ? new AttemptFailure(Kind.CONNECT, cause) : new AttemptFailure(Kind.IO, cause);
        }
        return new AttemptFailure(Kind.IO, cause);
    }
}
