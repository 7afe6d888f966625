package no.blaresept.testkit;

import java.util.EnumSet;
import java.util.Set;

/**
 * One outcome the mock can answer with. A test chooses it with
 * {@link BlareseptMockServer#scenario(Scenario)} (every patient) or
 * {@link BlareseptMockServer#scenario(String, Scenario)} (one patient); without programming, the
 * well-known {@link Testpasient}s select their outcome and everyone else follows the happy path
 * (ingen vedtak → skjema → gyldig → innvilget).
 *
 * <p>Each scenario belongs to the endpoints it can answer; the form outcomes ({@code SKJEMA_*})
 * apply to {@link ApiEndpoint#DEL1} unless aimed at {@code DEL2}/{@code DEL3} with
 * {@link BlareseptMockServer#scenario(ApiEndpoint, Scenario)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Scenario {
    /** Decision lookup finds a valid decision whose content is all structured (F-1.4, F-1.5). */
    VEDTAK_FUNNET("VEDTAK_FUNNET", ApiEndpoint.VEDTAK_SOK),
    /** Decision lookup finds a decision whose letter must be read (F-1.6). */
    VEDTAK_FUNNET_MA_LESE_DOKUMENT("VEDTAK_FUNNET", ApiEndpoint.VEDTAK_SOK),
    /** Decision lookup finds nothing: go on and apply (F-1.8). */
    INGEN_VEDTAK("INGEN_VEDTAK", ApiEndpoint.VEDTAK_SOK),
    /** An application for the patient and product is already being processed (F-1.9). */
    SOKNAD_TIL_BEHANDLING("SOKNAD_TIL_BEHANDLING", ApiEndpoint.VEDTAK_SOK),
    /** The patient's latest application for the product was refused (seed 000 §1.1). */
    AVSLATT_SOKNAD("AVSLATT_SOKNAD", ApiEndpoint.VEDTAK_SOK),
    /** Decision lookup warns; the doctor may go on (F-1.3). */
    VEDTAK_VARSEL("VARSEL", ApiEndpoint.VEDTAK_SOK),
    /** Decision lookup rejects: the process must end, e.g. the drug is on h-resept (F-1.2). */
    VEDTAK_AVVISNING("AVVISNING", ApiEndpoint.VEDTAK_SOK),
    /** Decision lookup answers an outcome code the SDK does not know. */
    VEDTAK_UKJENT_UTFALL("VEDTAK_DELVIS_FUNNET", ApiEndpoint.VEDTAK_SOK),

    /** A form part is returned (F-2.4); the normal answer of del1–del3. */
    SKJEMA("SKJEMA", ApiEndpoint.DEL1, ApiEndpoint.DEL2, ApiEndpoint.DEL3),
    /** A form part is returned with a warning (F-2.3). */
    SKJEMA_VARSEL("VARSEL", ApiEndpoint.DEL1, ApiEndpoint.DEL2, ApiEndpoint.DEL3),
    /** The application is rejected; no form, no way to submit (F-2.2). */
    SKJEMA_AVVISNING("AVVISNING", ApiEndpoint.DEL1, ApiEndpoint.DEL2, ApiEndpoint.DEL3),
    /** A form call answers an outcome code the SDK does not know. */
    SKJEMA_UKJENT_UTFALL("SKJEMA_MIDLERTIDIG", ApiEndpoint.DEL1, ApiEndpoint.DEL2, ApiEndpoint.DEL3),

    /**
     * Validation reports a business-rule error even for data the schema accepts (F-3.1). Without
     * this scenario, valider checks the data against the schema and answers valid or its errors.
     */
    VALIDER_FEIL("UGYLDIG", ApiEndpoint.VALIDER),

    /** The application is granted, with a structured receipt and its texts (F-3.6, F-3.7). */
    INNVILGET("INNVILGET", ApiEndpoint.SEND),
    /** The application is refused, with reasons (F-3.5). */
    AVSLAG("AVSLAG", ApiEndpoint.SEND),
    /** The application goes to manual processing, with a reference to look status up by (F-3.3, F-3.4). */
    MANUELL_SAKSBEHANDLING("MANUELL_SAKSBEHANDLING", ApiEndpoint.SEND),
    /** The submission is rejected because its schema version is no longer accepted (seed 000 §3.1). */
    SEND_AVVISNING("AVVISNING", ApiEndpoint.SEND),
    /** Send answers an outcome code the SDK does not know. */
    SEND_UKJENT_UTFALL("TIL_KONTROLL", ApiEndpoint.SEND);

    private final String utfall;
    private final Set<ApiEndpoint> endepunkter;

    Scenario(String utfall, ApiEndpoint first, ApiEndpoint... rest) {
        this.utfall = utfall;
        this.endepunkter = EnumSet.of(first, rest);
    }

    /** The outcome code the mock puts on the wire, e.g. {@code VEDTAK_FUNNET} or an unknown one. */
    public String utfall() {
        return utfall;
    }

    /** The endpoints this scenario can answer. */
    public Set<ApiEndpoint> endepunkter() {
        return EnumSet.copyOf(endepunkter);
    }

    /** The endpoint the scenario applies to when none is named: the first it can answer. */
    public ApiEndpoint standardEndepunkt() {
        return endepunkter.iterator().next();
    }

    /** Whether this scenario can answer calls to the endpoint. */
    public boolean gjelder(ApiEndpoint endepunkt) {
        return endepunkter.contains(endepunkt);
    }
}
