package no.blaresept.sdk.hostile;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtaksdokumentfil;

/**
 * Fetches a 50 MB decision letter from a {@link Dokumentserver} in this JVM, either streamed into a file
 * ({@code fil <folder>}) or into memory ({@code minne}), and exits 0 when the letter arrived whole and
 * unchanged. {@link FiftyMegabyteDocumentTest} runs it in a JVM whose heap is smaller than the letter.
 */
public final class FiftyMegabyteDocument {

    static final long FIFTY_MB = 50L << 20;

    private FiftyMegabyteDocument() {
    }

    public static void main(String[] args) throws Exception {
        try (Dokumentserver server = new Dokumentserver(FIFTY_MB, Dokumentserver.Svar.HELT);
             BlareseptClient client = BlareseptClient.builder()
                     .baseUri(URI.create("http://127.0.0.1:" + server.port()))
                     .epjSystem("Testjournal", "1.0")
                     .authentication(RequestAuthenticator.bearer(scope -> "fuzz-token"))
                     .retryPolicy(RetryPolicy.NONE)
                     .timeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(60)))
                     .responseLimits(new ResponseLimits(1 << 20, 64L << 20))
                     .build()) {
            Dokumentreferanse referanse = new Dokumentreferanse("DOK-50MB");
            boolean whole;
            if (args[0].equals("fil")) {
                Vedtaksdokumentfil dokument = client.vedtak().hentVedtaksdokument(referanse, Path.of(args[1], "vedtak.pdf"));
                String expected = server.sha256();
                whole = dokument.storrelse() == FIFTY_MB && dokument.sha256().equals(expected)
                        && sha256Of(dokument.fil()).equals(expected);
            } else {
                whole = client.vedtak().hentVedtaksdokument(referanse).storrelse() == FIFTY_MB;
            }
            System.out.println("whole=" + whole);
            System.exit(whole ? 0 : 1);
        }
    }

    /** The file's SHA-256, read back independently of the SDK. */
    private static String sha256Of(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
