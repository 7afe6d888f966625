package no.blaresept.sdk.vedtak;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.Fodselsnummermaske;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.Tekst;

/**
 * A valid decision the patient holds (F-1.4), with its texts (F-1.5) and, when the decision letter
 * holds information not given here, the reference to fetch that letter (F-1.6).
 *
 * <p>Immutable and thread-safe.
 *
 * @param vedtaksId         the service's id of the decision
 * @param hjemmel           the legal basis it was granted under
 * @param produkt           what it covers
 * @param gyldigFra         first day it applies
 * @param gyldigTil         last day it applies, if limited
 * @param innhold           what the decision covers, in words
 * @param vilkar            its conditions
 * @param tekster           texts attached to it, to show the doctor
 * @param vedtaksdokument   present when the letter must be read: fetch it with
 *                          {@link VedtakClient#hentVedtaksdokument(Dokumentreferanse)}
 */
public record Vedtak(String vedtaksId, Hjemmel hjemmel, Produkt produkt, LocalDate gyldigFra,
                     Optional<LocalDate> gyldigTil, Optional<String> innhold, List<String> vilkar,
                     List<Tekst> tekster, Optional<Dokumentreferanse> vedtaksdokument) {

    /** Checks presence and copies the lists. */
    public Vedtak {
        Objects.requireNonNull(vedtaksId, "vedtaksId");
        Objects.requireNonNull(hjemmel, "hjemmel");
        Objects.requireNonNull(produkt, "produkt");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(gyldigTil, "gyldigTil");
        Objects.requireNonNull(innhold, "innhold");
        vilkar = List.copyOf(vilkar);
        tekster = List.copyOf(tekster);
        Objects.requireNonNull(vedtaksdokument, "vedtaksdokument");
    }

    /** True when the doctor must read the decision letter (F-1.6). */
    public boolean maLeseVedtaksdokument() {
        return vedtaksdokument.isPresent();
    }

    /** {@inheritDoc} A fødselsnummer the service put in a text is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Vedtak[vedtaksId=" + vedtaksId + ", hjemmel=" + hjemmel + ", produkt=" + produkt + ", gyldigFra="
                + gyldigFra + ", gyldigTil=" + gyldigTil + ", innhold=" + innhold + ", vilkar=" + vilkar + ", tekster=" + tekster
                + ", vedtaksdokument=" + vedtaksdokument + "]");
    }
}
