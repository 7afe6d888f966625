package no.blaresept.sdk.hostile;

import java.io.ByteArrayInputStream;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.testsupport.Testfiler;

/** Small valid attachments for the hostile-input tests. */
final class VedleggFixtures {

    private VedleggFixtures() {
    }

    static Vedlegg pdf() {
        return Vedlegg.of("epikrise.pdf", () -> new ByteArrayInputStream(Testfiler.pdf()));
    }
}
