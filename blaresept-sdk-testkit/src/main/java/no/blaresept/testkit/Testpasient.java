package no.blaresept.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The well-known synthetic test patients (month + 80, valid control digits; no real person has
 * them), each with the outcome it selects at one endpoint without programming the mock; the other
 * endpoints follow the happy path. Their numbers are also compile-time constants in
 * {@link Testpasienter}, for annotations and for APIs that take a fødselsnummer as text.
 *
 * <pre>{@code
 * client.vedtak().sok(Forskrivning.builder().pasient(Testpasient.AVSLAG.fodselsnummer())...);
 * Testpasient.AVSLAG.scenario();   // Scenario.AVSLAG, at send
 * }</pre>
 *
 * <p>Immutable and thread-safe. The numbers are synthetic, so {@link #fodselsnummer()} may be shown
 * (the standalone jar prints them for testers); {@code toString()} is the constant's name.
 */
public enum Testpasient {
    /** Ingen vedtak; søknaden innvilges. */
    INGEN_VEDTAK(Testpasienter.INGEN_VEDTAK, Scenario.INGEN_VEDTAK, "Ingen vedtak; søknaden innvilges"),
    /** D-nummer; ingen vedtak; søknaden innvilges. */
    D_NUMMER(Testpasienter.D_NUMMER, Scenario.INGEN_VEDTAK, "D-nummer; ingen vedtak; søknaden innvilges"),
    /** Gyldig vedtak funnet. */
    VEDTAK_FUNNET(Testpasienter.VEDTAK_FUNNET, Scenario.VEDTAK_FUNNET, "Gyldig vedtak funnet"),
    /** Vedtak funnet; vedtaksbrevet må leses. */
    VEDTAK_FUNNET_MA_LESE_DOKUMENT(Testpasienter.VEDTAK_FUNNET_MA_LESE_DOKUMENT, Scenario.VEDTAK_FUNNET_MA_LESE_DOKUMENT, "Vedtak funnet; vedtaksbrevet må leses"),
    /** Søknad til behandling. */
    SOKNAD_TIL_BEHANDLING(Testpasienter.SOKNAD_TIL_BEHANDLING, Scenario.SOKNAD_TIL_BEHANDLING, "Søknad til behandling"),
    /** Varsel ved vedtaksspørring. */
    VEDTAK_VARSEL(Testpasienter.VEDTAK_VARSEL, Scenario.VEDTAK_VARSEL, "Varsel ved vedtaksspørring"),
    /** Avvisning ved vedtaksspørring. */
    VEDTAK_AVVISNING(Testpasienter.VEDTAK_AVVISNING, Scenario.VEDTAK_AVVISNING, "Avvisning ved vedtaksspørring"),
    /** Ukjent utfall ved vedtaksspørring. */
    VEDTAK_UKJENT_UTFALL(Testpasienter.VEDTAK_UKJENT_UTFALL, Scenario.VEDTAK_UKJENT_UTFALL, "Ukjent utfall ved vedtaksspørring"),
    /** Varsel i del 1 (skjema følger). */
    SKJEMA_VARSEL(Testpasienter.SKJEMA_VARSEL, Scenario.SKJEMA_VARSEL, "Varsel i del 1 (skjema følger)"),
    /** Avvisning i del 1. */
    SKJEMA_AVVISNING(Testpasienter.SKJEMA_AVVISNING, Scenario.SKJEMA_AVVISNING, "Avvisning i del 1"),
    /** Ukjent utfall i del 1. */
    SKJEMA_UKJENT_UTFALL(Testpasienter.SKJEMA_UKJENT_UTFALL, Scenario.SKJEMA_UKJENT_UTFALL, "Ukjent utfall i del 1"),
    /** Validering finner feil. */
    VALIDER_FEIL(Testpasienter.VALIDER_FEIL, Scenario.VALIDER_FEIL, "Validering finner feil"),
    /** Søknaden avslås. */
    AVSLAG(Testpasienter.AVSLAG, Scenario.AVSLAG, "Søknaden avslås"),
    /** Manuell saksbehandling. */
    MANUELL_SAKSBEHANDLING(Testpasienter.MANUELL_SAKSBEHANDLING, Scenario.MANUELL_SAKSBEHANDLING, "Manuell saksbehandling"),
    /** Innsending avvist: utgått skjemaversjon. */
    SEND_AVVISNING(Testpasienter.SEND_AVVISNING, Scenario.SEND_AVVISNING, "Innsending avvist: utgått skjemaversjon"),
    /** Ukjent utfall ved innsending. */
    SEND_UKJENT_UTFALL(Testpasienter.SEND_UKJENT_UTFALL, Scenario.SEND_UKJENT_UTFALL, "Ukjent utfall ved innsending");

    private final String fodselsnummer;
    private final Scenario scenario;
    private final String beskrivelse;

    Testpasient(String fodselsnummer, Scenario scenario, String beskrivelse) {
        this.fodselsnummer = fodselsnummer;
        this.scenario = scenario;
        this.beskrivelse = beskrivelse;
    }

    /** The synthetic fødselsnummer or d-nummer. */
    public String fodselsnummer() {
        return fodselsnummer;
    }

    /** The outcome the patient selects, at {@link Scenario#standardEndepunkt()}. */
    public Scenario scenario() {
        return scenario;
    }

    /** What happens, in Norwegian. */
    public String beskrivelse() {
        return beskrivelse;
    }

    /**
     * The well-known patient with this number.
     *
     * @return the patient, or empty for any other number
     */
    public static Optional<Testpasient> fra(String fodselsnummer) {
        Objects.requireNonNull(fodselsnummer, "fodselsnummer");
        return Arrays.stream(values()).filter(p -> p.fodselsnummer.equals(fodselsnummer)).findFirst();
    }
}
