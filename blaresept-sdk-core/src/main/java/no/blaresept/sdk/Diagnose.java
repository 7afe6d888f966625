package no.blaresept.sdk;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * A diagnosis code from a volven.no code system (T-3.1): ICD-10 or ICPC-2. Health data: its
 * {@link #toString()} shows the code system only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kodeverk the code system
 * @param kode     the code, e.g. {@code E11} or {@code T90}
 * @param tekst    the code's text, if known
 */
public record Diagnose(Kodeverk kodeverk, String kode, Optional<String> tekst) {

    private static final Pattern KODE = Pattern.compile("[A-Z0-9.\\-]{1,10}");

    /** The code systems a diagnosis may come from, with their volven.no OIDs. Immutable and thread-safe. */
    public enum Kodeverk {
        /** ICD-10, OID 2.16.578.1.12.4.1.1.7110. */
        ICD10,
        /** ICPC-2, OID 2.16.578.1.12.4.1.1.7170. */
        ICPC2
    }

    /**
     * Checks the code.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code diagnose.kode} when it is not
     *                                                      1–10 upper-case letters, digits, dots or hyphens
     */
    public Diagnose {
        Check.present(kodeverk, "diagnose.kodeverk");
        Check.matches(kode, KODE, "diagnose.kode", "DIAGNOSEKODE_FORMAT",
                "1 to 10 upper-case letters, digits, dots or hyphens");
        Objects.requireNonNull(tekst, "tekst");
    }

    /** An ICD-10 code. */
    public static Diagnose icd10(String kode) {
        return new Diagnose(Kodeverk.ICD10, kode, Optional.empty());
    }

    /** An ICPC-2 code. */
    public static Diagnose icpc2(String kode) {
        return new Diagnose(Kodeverk.ICPC2, kode, Optional.empty());
    }

    /** Shows the code system only: a diagnosis tied to a patient is health data. */
    @Override
    public String toString() {
        return "Diagnose[" + kodeverk + ", ***]";
    }
}
