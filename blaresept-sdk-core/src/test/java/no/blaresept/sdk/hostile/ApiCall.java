package no.blaresept.sdk.hostile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.schema.Svar;

/** Every endpoint, each called with valid input, and the path its requests go to. */
enum ApiCall {
    SOK("POST", "/api/blaresept/vedtak/sok", c -> c.vedtak().sok(Testdata.forskrivning())),
    DOKUMENT("GET", "/api/blaresept/vedtak/getVedtaksdokument",
            c -> c.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"))),
    DOKUMENTFIL("GET", "/api/blaresept/vedtak/getVedtaksdokument",
            c -> c.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"), Dokumentmappe.FIL)),
    DEL1("POST", "/api/blaresept/soknad/del1", c -> c.soknad().del1(Testdata.forskrivning())),
    DEL2("POST", "/api/blaresept/soknad/del2", c -> c.soknad().del2(skjemadel(), svar())),
    DEL3("POST", "/api/blaresept/soknad/del3", c -> c.soknad().del3(skjemadel(), svar())),
    VALIDER("POST", "/api/blaresept/soknad/valider", c -> c.soknad().valider(Testdata.innsending())),
    SEND("POST", "/api/blaresept/soknad/send", c -> c.soknad().send(Testdata.innsending())),
    STATUS("GET", "/api/blaresept/soknad/status/BRS-2026-000123",
            c -> c.soknad().status(new Soknadsreferanse("BRS-2026-000123"))),
    SKJEMA("GET", "/api/blaresept/soknad/getSoknadSkjema", c -> c.skjema().hent(new Skjemaversjon("2.1")));

    final String method;
    final String path;
    private final Consumer<BlareseptClient> call;

    ApiCall(String method, String path, Consumer<BlareseptClient> call) {
        this.method = method;
        this.path = path;
        this.call = call;
    }

    void make(BlareseptClient client) {
        call.accept(client);
    }

    /** What the streamed letter leaves in its folder: the target when it arrived, nothing else ever. */
    static List<Path> dokumentmappe() {
        try (Stream<Path> files = Files.list(Dokumentmappe.FIL.getParent())) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the streamed letter's folder. */
    static void tomDokumentmappe() {
        dokumentmappe().forEach(file -> file.toFile().delete());
    }

    /** The folder, made once per test JVM. */
    private static final class Dokumentmappe {
        static final Path FIL = create().resolve("vedtak.pdf");

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("blaresept-dokumentfil");
                folder.toFile().deleteOnExit();
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Skjemadel skjemadel() {
        return new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"),
                JsonNodeFactory.instance.objectNode(), Svar.empty());
    }

    private static Svar svar() {
        return Svar.of(JsonNodeFactory.instance.objectNode().put("vekt", 80));
    }
}
