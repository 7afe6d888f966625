package no.blaresept.examples.web;

import java.util.List;
import java.util.Optional;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.jspecify.annotations.Nullable;

/**
 * One doctor's application in progress, kept on the server so the fødselsnummer and the answers never
 * travel in a URL: the browser holds only a random session id in a cookie.
 *
 * <p>Not thread-safe by itself: {@link Skjemaserver} handles one request per session at a time by
 * locking on it (a page's live updates may overlap).
 */
final class Okt {
    final BlareseptProsess prosess;
    VedtakSokResultat vedtak;
    /** The form part shown now (1 to 3), 0 before del1. */
    int del;
    @Nullable SkjemaModell modell;
    Svar svar = Svar.empty();
    /** Messages that came with the part shown now (a warning with the form). */
    List<Melding> meldinger = List.of();
    /**
     * Counts the form posts: a page sends its number with each live change, so a change still on its way
     * when the form was posted cannot overwrite what the post took over.
     */
    int sidenummer;
    /** Errors to show on the next rendering of the form: the model's, or the service's (valider). */
    List<Feilmelding> feil = List.of();
    @Nullable SendResultat utfall;
    @Nullable SoknadStatus status;
    /** Set when send's outcome is unknown: the page then offers a lookup, never a second send. */
    boolean ukjentInnsending;
    /** The last problem the service reported, for the page to show (never personal data). */
    @Nullable String tjenestefeil;

    Okt(BlareseptProsess prosess, VedtakSokResultat vedtak) {
        this.prosess = java.util.Objects.requireNonNull(prosess, "prosess");
        this.vedtak = java.util.Objects.requireNonNull(vedtak, "vedtak");
    }

    /** The model of the part shown now; empty before del1 gave a form. */
    Optional<SkjemaModell> modell() {
        return Optional.ofNullable(modell);
    }

    /**
     * A message to show next to a field, from the model or from the service.
     *
     * @param sti the field's JSON Pointer, {@code ""} for the whole application
     * @param melding Norwegian text, never holding the value itself
     */
    record Feilmelding(String sti, String melding) {
    }
}
