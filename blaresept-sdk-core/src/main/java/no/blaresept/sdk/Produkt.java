package no.blaresept.sdk;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.Check;

/**
 * What is prescribed: a drug identified by its ATC code (and a varenummer when a specific package is
 * meant), or a nutrition product identified by its varenummer. Checked when created. Serves F-1.1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param produkttype drug or nutrition product
 * @param atcKode     the ATC code (level 1 to 5, e.g. {@code A10BJ06}); required for a drug
 * @param varenummer  the six-digit varenummer; required for a nutrition product
 * @param navn        the product's name, for display
 */
public record Produkt(Produkttype produkttype, Optional<String> atcKode, Optional<String> varenummer,
                     Optional<String> navn) {

    private static final Pattern ATC = Pattern.compile("[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?");
    private static final Pattern VARENUMMER = Pattern.compile("[0-9]{6}");
    private static final int MAX_NAVN = 200;

    /** The kinds of product the service knows. Immutable and thread-safe. */
    public enum Produkttype {
        /** A drug. */
        LEGEMIDDEL,
        /** A nutrition product. */
        NAERINGSMIDDEL
    }

    /**
     * Checks the identifiers.
     *
     * @throws InvalidInputException naming {@code produkt.atcKode}, {@code produkt.varenummer} or
     *                               {@code produkt.navn} when one is malformed or a required one is missing
     */
    public Produkt {
        Check.present(produkttype, "produkt.produkttype");
        Objects.requireNonNull(atcKode, "atcKode");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(navn, "navn");
        if (produkttype == Produkttype.LEGEMIDDEL && atcKode.isEmpty()) {
            throw new InvalidInputException("produkt.atcKode", "PAKREVD", "produkt.atcKode is required for a drug");
        }
        if (produkttype == Produkttype.NAERINGSMIDDEL && varenummer.isEmpty()) {
            throw new InvalidInputException("produkt.varenummer", "PAKREVD",
                    "produkt.varenummer is required for a nutrition product");
        }
        atcKode.ifPresent(a -> Check.matches(a, ATC, "produkt.atcKode", "ATC_FORMAT",
                "an ATC code of level 1 to 5, such as N02BE01"));
        varenummer.ifPresent(v -> Check.matches(v, VARENUMMER, "produkt.varenummer", "VARENUMMER_FORMAT",
                "exactly 6 digits"));
        navn.ifPresent(n -> Check.text(n, MAX_NAVN, "produkt.navn"));
    }

    /** A drug by its ATC code. */
    public static Produkt legemiddel(String atcKode) {
        return new Produkt(Produkttype.LEGEMIDDEL, Optional.of(Check.present(atcKode, "produkt.atcKode")),
                Optional.empty(), Optional.empty());
    }

    /** A specific drug package, by ATC code and varenummer. */
    public static Produkt legemiddel(String atcKode, String varenummer) {
        return new Produkt(Produkttype.LEGEMIDDEL, Optional.of(Check.present(atcKode, "produkt.atcKode")),
                Optional.of(Check.present(varenummer, "produkt.varenummer")), Optional.empty());
    }

    /** A nutrition product by its varenummer. */
    public static Produkt naeringsmiddel(String varenummer) {
        return new Produkt(Produkttype.NAERINGSMIDDEL, Optional.empty(),
                Optional.of(Check.present(varenummer, "produkt.varenummer")), Optional.empty());
    }

    /** This product with a display name. */
    public Produkt medNavn(String navn) {
        return new Produkt(produkttype, atcKode, varenummer, Optional.of(Check.present(navn, "produkt.navn")));
    }
}
