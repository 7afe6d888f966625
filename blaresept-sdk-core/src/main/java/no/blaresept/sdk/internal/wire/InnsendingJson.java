package no.blaresept.sdk.internal.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.Innsending.VedleggIFelt;

/**
 * Writes the body of valider and send (schema {@code Innsending}) as a stream: the JSON around the
 * attachments comes from Jackson's generator, each attachment's base64 goes from its source straight
 * into the output. Neither a file nor its encoding is ever held in memory (F-4.7).
 *
 * <p>Stateless and thread-safe.
 */
public final class InnsendingJson {

    private InnsendingJson() {
    }

    /**
     * Writes the complete body. Does not close {@code out}.
     *
     * @throws IOException when an attachment cannot be read or {@code out} fails
     */
    public static void write(Innsending innsending, OutputStream out) throws IOException {
        write(innsending, out, true);
    }

    /** The exact length of the body {@link #write} produces, found without reading any attachment. */
    public static long length(Innsending innsending) {
        Counter counter = new Counter();
        try {
            write(innsending, counter, false);
        } catch (IOException e) {
            throw new UncheckedIOException("counting cannot fail", e);
        }
        return counter.count + innsending.vedlegg().stream().mapToLong(v -> v.vedlegg().base64Lengde()).sum();
    }

    private static void write(Innsending innsending, OutputStream out, boolean withContent) throws IOException {
        try (JsonGenerator gen = WireJson.MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            gen.writeStartObject();
            gen.writeStringField("soknadId", innsending.soknadId().value());
            gen.writeStringField("skjemaversjon", innsending.skjemaversjon().value());
            gen.writeFieldName("skjemadata");
            WireJson.MAPPER.writeTree(gen, innsending.svar().json());
            if (!innsending.vedlegg().isEmpty()) {
                gen.writeArrayFieldStart("vedlegg");
                for (VedleggIFelt v : innsending.vedlegg()) {
                    writeVedlegg(gen, v, out, withContent);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }

    private static void writeVedlegg(JsonGenerator gen, VedleggIFelt v, OutputStream out, boolean withContent)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("felt", v.felt());
        gen.writeStringField("filnavn", v.vedlegg().filnavn());
        gen.writeStringField("mimetype", v.vedlegg().type().medietype());
        gen.writeFieldName("innhold");
        // Opens the string value through the generator (so its separators stay right), then streams the
        // base64 characters — which need no JSON escaping — directly into the output, then closes it.
        gen.writeRawValue("\"");
        gen.flush();
        if (withContent) {
            v.vedlegg().skrivBase64(out);
        }
        gen.writeRaw('"');
        gen.writeEndObject();
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
