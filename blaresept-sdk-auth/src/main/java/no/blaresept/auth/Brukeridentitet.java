package no.blaresept.auth;

import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Fodselsnummer;

/**
 * Who logged in, as HelseID states it in the validated ID token: the subject ({@code sub}, stable
 * per user and client), and where HelseID sends them the name ({@code name}, with the
 * {@code profile} scope), the HPR number ({@code helseid://claims/hpr/hpr_number}), the security
 * level ({@code helseid://claims/identity/security_level}; the Blåresept APIs need 4) and the
 * personal identification number ({@code helseid://claims/identity/pid}) as a {@link Fodselsnummer}.
 * {@link #toString()} masks the personal identification number and the name.
 *
 * <p>Immutable and thread-safe.
 */
public final class Brukeridentitet {

    private final String subject;
    private final Optional<String> navn;
    private final Optional<String> hprNummer;
    private final Optional<String> sikkerhetsniva;
    private final Optional<Fodselsnummer> fodselsnummer;

    /**
     * @param subject        the ID token's {@code sub}
     * @param navn           the user's name, if sent
     * @param hprNummer      the HPR number, if sent
     * @param sikkerhetsniva the security level, e.g. {@code 4}, if sent
     * @param fodselsnummer  the personal identification number, if sent
     */
    public Brukeridentitet(String subject, Optional<String> navn, Optional<String> hprNummer,
                           Optional<String> sikkerhetsniva, Optional<Fodselsnummer> fodselsnummer) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.navn = Objects.requireNonNull(navn, "navn");
        this.hprNummer = Objects.requireNonNull(hprNummer, "hprNummer");
        this.sikkerhetsniva = Objects.requireNonNull(sikkerhetsniva, "sikkerhetsniva");
        this.fodselsnummer = Objects.requireNonNull(fodselsnummer, "fodselsnummer");
    }

    /** The subject ({@code sub}): identifies the user towards this client. */
    public String subject() {
        return subject;
    }

    /** The user's full name, when HelseID sent it (scope {@code profile}). */
    public Optional<String> navn() {
        return navn;
    }

    /** The user's HPR number (Helsepersonellregisteret), when the user has one and HelseID sent it. */
    public Optional<String> hprNummer() {
        return hprNummer;
    }

    /** The security level of the login, e.g. {@code 4}, when HelseID sent it. */
    public Optional<String> sikkerhetsniva() {
        return sikkerhetsniva;
    }

    /** The user's personal identification number, when HelseID sent it. Personal data: never log it. */
    public Optional<Fodselsnummer> fodselsnummer() {
        return fodselsnummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Brukeridentitet b && subject.equals(b.subject) && navn.equals(b.navn)
                && hprNummer.equals(b.hprNummer) && sikkerhetsniva.equals(b.sikkerhetsniva)
                && fodselsnummer.equals(b.fodselsnummer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, navn, hprNummer, sikkerhetsniva, fodselsnummer);
    }

    /** Shows subject, HPR number and security level; name and personal identification number are masked. */
    @Override
    public String toString() {
        return "Brukeridentitet[subject=" + subject + hprNummer.map(h -> ", hpr=" + h).orElse("")
                + sikkerhetsniva.map(s -> ", sikkerhetsniva=" + s).orElse("")
                + navn.map(n -> ", navn masked").orElse("")
                + fodselsnummer.map(f -> ", fodselsnummer masked").orElse("") + "]";
    }
}
