package no.blaresept.sdk.internal;

import java.util.List;
import java.util.stream.Collectors;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.soknad.Innsending.VedleggIFelt;

/**
 * Checks that each attachment goes to a field the form declares as an attachment field, before anything is
 * sent: a wrong path would otherwise be a 400 at best, and an attachment silently filed nowhere at worst.
 *
 * <p>Stateless and thread-safe.
 */
public final class Vedleggsfelt {

    private Vedleggsfelt() {
    }

    /**
     * @throws InvalidInputException naming {@code vedlegg.felt} and listing the form's attachment fields
     */
    public static void sjekk(SkjemaModell modell, List<VedleggIFelt> vedlegg) {
        for (VedleggIFelt v : vedlegg) {
            boolean vedleggsfelt = modell.felt(v.felt()).filter(f -> f.type() == FeltType.VEDLEGG).isPresent();
            if (!vedleggsfelt) {
                throw new InvalidInputException("vedlegg.felt", "VEDLEGG_FELT_UKJENT", "an attachment must go to an"
                        + " attachment field of the form (" + felter(modell) + ", with the list index in place of -),"
                        + " not to " + v.felt());
            }
        }
    }

    private static String felter(SkjemaModell modell) {
        String felter = modell.felter().stream().filter(f -> f.type() == FeltType.VEDLEGG).map(f -> f.sti())
                .collect(Collectors.joining(", "));
        return felter.isEmpty() ? "it has none" : felter;
    }
}
