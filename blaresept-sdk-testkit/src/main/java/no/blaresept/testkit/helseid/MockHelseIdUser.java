package no.blaresept.testkit.helseid;

import java.util.Objects;

/**
 * The user {@link MockHelseIdSts#simulateUserLogin} logs in as: the claims HelseID puts in the ID
 * token ({@code sub}, {@code name} with the {@code profile} scope, {@code helseid://claims/identity/pid},
 * {@code helseid://claims/hpr/hpr_number}, security level 4). {@link #standard()} is a synthetic
 * test person; {@link #toString()} masks the personal identification number.
 *
 * <p>Immutable and thread-safe.
 */
public final class MockHelseIdUser {

    private final String subject;
    private final String name;
    private final String pid;
    private final String hprNumber;

    /**
     * @param subject   the {@code sub}
     * @param name      the full name
     * @param pid       the personal identification number (use a synthetic one)
     * @param hprNumber the HPR number
     */
    public MockHelseIdUser(String subject, String name, String pid, String hprNumber) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.name = Objects.requireNonNull(name, "name");
        this.pid = Objects.requireNonNull(pid, "pid");
        this.hprNumber = Objects.requireNonNull(hprNumber, "hprNumber");
    }

    /** A synthetic doctor: fødselsnummer {@code 15838510075} (month raised by 80), HPR number {@code 565501872}. */
    public static MockHelseIdUser standard() {
        return new MockHelseIdUser("mock-user", "Kari Lege", "15838510075", "565501872");
    }

    /** The subject ({@code sub}). */
    public String subject() {
        return subject;
    }

    /** The full name. */
    public String name() {
        return name;
    }

    /** The personal identification number. */
    public String pid() {
        return pid;
    }

    /** The HPR number. */
    public String hprNumber() {
        return hprNumber;
    }

    @Override
    public String toString() {
        return "MockHelseIdUser[" + subject + ", hpr=" + hprNumber + ", name and pid masked]";
    }
}
