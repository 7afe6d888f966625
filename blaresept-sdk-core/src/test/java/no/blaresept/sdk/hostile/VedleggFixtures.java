package no.blaresept.sdk.hostile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.blaresept.sdk.vedlegg.Vedlegg;

/** Small valid attachments for the hostile-input tests. */
final class VedleggFixtures {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private VedleggFixtures() {
    }

    static Vedlegg pdf() {
        return Vedlegg.of("epikrise.pdf", () -> new ByteArrayInputStream(PDF));
    }
}
