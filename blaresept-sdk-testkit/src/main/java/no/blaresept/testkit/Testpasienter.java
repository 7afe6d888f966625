package no.blaresept.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The numbers of the typed {@link Testpasient}s as compile-time constants (for annotations such as
 * {@code @ValueSource} and for APIs that take the number as text): well-known synthetic fødselsnumre
 * (month + 80, so no real person has them) that select an outcome without programming the mock — so an example program, a manual test in an EPJ, or a non-Java
 * client of the standalone jar can reach every outcome. Any other valid number follows the happy
 * path (ingen vedtak → skjema → gyldig → innvilget).
 *
 * <p>Each patient selects one outcome at one endpoint; the other endpoints answer the happy path, so
 * e.g. {@link #AVSLAG} finds no decision, fills the form, validates and is refused at send.
 *
 * <p>Thread-safe: constants only.
 */
public final class Testpasienter {

    /** Happy path: no decision, form, valid, granted. */
    public static final String INGEN_VEDTAK = "12857840060";
    /** Happy path with a synthetic d-nummer (day + 40, month + 80). */
    public static final String D_NUMMER = "48836740079";
    /** Decision found, all content structured. */
    public static final String VEDTAK_FUNNET = "03816440067";
    /** Decision found whose letter must be read (getVedtaksdokument). */
    public static final String VEDTAK_FUNNET_MA_LESE_DOKUMENT = "27899040096";
    /** An application is already being processed. */
    public static final String SOKNAD_TIL_BEHANDLING = "15925540037";
    /** Decision lookup warns. */
    public static final String VEDTAK_VARSEL = "08844740019";
    /** Decision lookup rejects (drug on h-resept). */
    public static final String VEDTAK_AVVISNING = "21867140066";
    /** Decision lookup answers an unknown outcome code. */
    public static final String VEDTAK_UKJENT_UTFALL = "30836940047";
    /** del1 answers the form with a warning. */
    public static final String SKJEMA_VARSEL = "04918240069";
    /** del1 rejects the application. */
    public static final String SKJEMA_AVVISNING = "19875840048";
    /** del1 answers an unknown outcome code. */
    public static final String SKJEMA_UKJENT_UTFALL = "11829540055";
    /** valider reports a business-rule error. */
    public static final String VALIDER_FEIL = "25906640077";
    /** send refuses, with reasons. */
    public static final String AVSLAG = "07887340050";
    /** send puts the application into manual processing, with a reference. */
    public static final String MANUELL_SAKSBEHANDLING = "16856040031";
    /** send rejects the submission: schema version no longer accepted. */
    public static final String SEND_AVVISNING = "02895140077";
    /** send answers an unknown outcome code. */
    public static final String SEND_UKJENT_UTFALL = "23817640079";

    private static final List<Testpasient> ALLE = List.of(Testpasient.values());

    private Testpasienter() {
    }

    /** Every well-known test patient, typed, in the order above. */
    public static List<Testpasient> alle() {
        return ALLE;
    }

    /**
     * The scenario a well-known patient selects.
     *
     * @param fodselsnummer any fødselsnummer
     * @return the scenario, or empty for a number that is not one of the well-known patients
     */
    public static Optional<Scenario> scenarioFor(String fodselsnummer) {
        return Testpasient.fra(fodselsnummer).map(Testpasient::scenario);
    }
}
