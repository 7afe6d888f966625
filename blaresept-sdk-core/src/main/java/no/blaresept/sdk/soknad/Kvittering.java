package no.blaresept.sdk.soknad;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.Fodselsnummermaske;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.Tekst;

/**
 * The structured receipt of a granted application (F-3.6) with its texts (F-3.7). Formally not the
 * decision: that goes to the patient.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hjemmel   the legal basis granted under
 * @param produkt   what is covered
 * @param gyldigFra first day it applies
 * @param gyldigTil last day it applies, if limited
 * @param innhold   what it covers, in words
 * @param vilkar    its conditions
 * @param tekster   texts to show the doctor
 */
public record Kvittering(Hjemmel hjemmel, Produkt produkt, LocalDate gyldigFra, Optional<LocalDate> gyldigTil,
                         Optional<String> innhold, List<String> vilkar, List<Tekst> tekster) {

    /** Checks presence and copies the lists. */
    public Kvittering {
        Objects.requireNonNull(hjemmel, "hjemmel");
        Objects.requireNonNull(produkt, "produkt");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(gyldigTil, "gyldigTil");
        Objects.requireNonNull(innhold, "innhold");
        vilkar = List.copyOf(vilkar);
        tekster = List.copyOf(tekster);
    }

    /** {@inheritDoc} A fødselsnummer the service put in a text is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Kvittering[hjemmel=" + hjemmel + ", produkt=" + produkt + ", gyldigFra=" + gyldigFra
                + ", gyldigTil=" + gyldigTil + ", innhold=" + innhold + ", vilkar=" + vilkar + ", tekster=" + tekster + "]");
    }
}
