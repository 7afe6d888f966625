package no.blaresept.examples.nykommer;

import java.util.List;
import java.util.Objects;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.vedlegg.Vedlegg;

/**
 * What the doctor entered in each form part, and the attachments: only the doctor's own answers, the SDK
 * carries the service's prefilled answers on by itself. Immutable and thread-safe.
 *
 * @param del1    the answers to part 1 (sent with {@code del2})
 * @param del2    the answers to part 2 (sent with {@code del3})
 * @param del3    the answers to part 3 (sent with the application)
 * @param vedlegg attachments, one item each of the form's attachment field {@code /vedlegg/-/innhold}
 */
public record Legeinput(Svar del1, Svar del2, Svar del3, List<Vedlegg> vedlegg) {

    /** Checks and copies. */
    public Legeinput {
        Objects.requireNonNull(del1, "del1");
        Objects.requireNonNull(del2, "del2");
        Objects.requireNonNull(del3, "del3");
        vedlegg = List.copyOf(Objects.requireNonNull(vedlegg, "vedlegg"));
    }
}
