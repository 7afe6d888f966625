package no.blaresept.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Fodselsnummer;

/**
 * The well-known synthetic test patients (month + 80, valid control digits; no real person has
 * them), each with the outcome it selects at one endpoint without programming the mock; the other
 * endpoints follow the happy path. Any other valid number follows the happy path too (ingen vedtak →
 * skjema → gyldig → innvilget). In parameterised tests use {@code @EnumSource(Testpasient.class)}.
 *
 * <pre>{@code
 * client.vedtak().sok(Forskrivning.builder().pasient(Testpasient.AVSLAG.fodselsnummer())...);
 * Testpasient.AVSLAG.scenario();   // Scenario.AVSLAG, at send
 * }</pre>
 *
 * <p>Immutable and thread-safe. The numbers are synthetic, so their digits may be shown (the standalone
 * jar prints them for testers); {@code toString()} is the constant's name.
 */
public enum Testpasient {
    /** Ingen vedtak; søknaden innvilges. */
    INGEN_VEDTAK("12857840060", Scenario.INGEN_VEDTAK, "Ingen vedtak; søknaden innvilges"),
    /** D-nummer; ingen vedtak; søknaden innvilges. */
    D_NUMMER("48836740079", Scenario.INGEN_VEDTAK, "D-nummer; ingen vedtak; søknaden innvilges"),
    /** Gyldig vedtak funnet. */
    VEDTAK_FUNNET("03816440067", Scenario.VEDTAK_FUNNET, "Gyldig vedtak funnet"),
    /** Vedtak funnet; vedtaksbrevet må leses. */
    VEDTAK_FUNNET_MA_LESE_DOKUMENT("27899040096", Scenario.VEDTAK_FUNNET_MA_LESE_DOKUMENT, "Vedtak funnet; vedtaksbrevet må leses"),
    /** Søknad til behandling. */
    SOKNAD_TIL_BEHANDLING("15925540037", Scenario.SOKNAD_TIL_BEHANDLING, "Søknad til behandling"),
    /** Varsel ved vedtaksspørring. */
    VEDTAK_VARSEL("08844740019", Scenario.VEDTAK_VARSEL, "Varsel ved vedtaksspørring"),
    /** Avvisning ved vedtaksspørring. */
    VEDTAK_AVVISNING("21867140066", Scenario.VEDTAK_AVVISNING, "Avvisning ved vedtaksspørring"),
    /** Ukjent utfall ved vedtaksspørring. */
    VEDTAK_UKJENT_UTFALL("30836940047", Scenario.VEDTAK_UKJENT_UTFALL, "Ukjent utfall ved vedtaksspørring"),
    /** Varsel i del 1 (skjema følger). */
    SKJEMA_VARSEL("04918240069", Scenario.SKJEMA_VARSEL, "Varsel i del 1 (skjema følger)"),
    /** Avvisning i del 1. */
    SKJEMA_AVVISNING("19875840048", Scenario.SKJEMA_AVVISNING, "Avvisning i del 1"),
    /** Ukjent utfall i del 1. */
    SKJEMA_UKJENT_UTFALL("11829540055", Scenario.SKJEMA_UKJENT_UTFALL, "Ukjent utfall i del 1"),
    /** Validering finner feil. */
    VALIDER_FEIL("25906640077", Scenario.VALIDER_FEIL, "Validering finner feil"),
    /** Søknaden avslås. */
    AVSLAG("07887340050", Scenario.AVSLAG, "Søknaden avslås"),
    /** Manuell saksbehandling. */
    MANUELL_SAKSBEHANDLING("16856040031", Scenario.MANUELL_SAKSBEHANDLING, "Manuell saksbehandling"),
    /** Innsending avvist: utgått skjemaversjon. */
    SEND_AVVISNING("02895140077", Scenario.SEND_AVVISNING, "Innsending avvist: utgått skjemaversjon"),
    /** Ukjent utfall ved innsending. */
    SEND_UKJENT_UTFALL("23817640079", Scenario.SEND_UKJENT_UTFALL, "Ukjent utfall ved innsending");

    private final String fodselsnummer;
    private final Scenario scenario;
    private final String beskrivelse;

    Testpasient(String fodselsnummer, Scenario scenario, String beskrivelse) {
        this.fodselsnummer = fodselsnummer;
        this.scenario = scenario;
        this.beskrivelse = beskrivelse;
    }

    /** The synthetic fødselsnummer or d-nummer. */
    public Fodselsnummer fodselsnummer() {
        return Fodselsnummer.of(fodselsnummer);
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
    public static Optional<Testpasient> of(String fodselsnummer) {
        Objects.requireNonNull(fodselsnummer, "fodselsnummer");
        return Arrays.stream(values()).filter(p -> p.fodselsnummer.equals(fodselsnummer)).findFirst();
    }
}
