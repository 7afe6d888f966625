package no.blaresept.testkit.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the standalone jar for EPJs not written in Java:
 * {@code java -jar blaresept-sdk-testkit-<version>-standalone.jar [--port N] [--host ADDRESS]
 * [--rapport DIRECTORY]}. Starts the mock, prints its base URL, the control API and the well-known
 * test patients, and runs until stopped (Ctrl-C); on the way out it writes the rehearsal report
 * ({@code ovingsrapport.md}, {@code .json}). Not part of the API.
 */
public final class Standalone {

    private static final String BRUK = "Bruk: java -jar blaresept-sdk-testkit-<versjon>-standalone.jar"
            + " [--port N] [--host ADRESSE] [--rapport MAPPE]\n"
            + "  --port N         port å lytte på (standard 8089; 0 velger en ledig)\n"
            + "  --host ADRESSE   adresse å lytte på (standard 127.0.0.1, bare denne maskinen)\n"
            + "  --rapport MAPPE  hvor øvingsrapporten skrives ved avslutning (standard: gjeldende mappe)";

    private Standalone() {
    }

    /**
     * Runs the mock until the JVM stops.
     *
     * @param args {@code --port N}, {@code --host ADDRESS}, {@code --help}
     */
    public static void main(String[] args) throws InterruptedException {
        @Nullable BlareseptMockServer mock;
        Path rapportmappe;
        try {
            rapportmappe = verdi(args, "--rapport").map(Path::of).orElse(Path.of("."));
            mock = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BRUK);
            System.exit(2);
            return;
        }
        if (mock == null) {
            return;
        }
        CountDownLatch stopp = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopp(mock, rapportmappe, System.err);
            stopp.countDown();
        }, "blaresept-mock-stopp"));
        stopp.await();
    }

    /** Writes the rehearsal report into the directory, then stops the mock; says where it went. */
    static void stopp(BlareseptMockServer mock, Path rapportmappe, PrintStream ut) {
        try {
            mock.ovingsrapport().skriv(rapportmappe, "ovingsrapport");
            ut.println("Øvingsrapporten er skrevet til " + rapportmappe.resolve("ovingsrapport.md"));
        } catch (UncheckedIOException e) {
            ut.println("Øvingsrapporten kunne ikke skrives til " + rapportmappe + ": " + e.getMessage());
        } finally {
            mock.close();
        }
    }

    /**
     * Parses the arguments, starts the mock and prints how to use it.
     *
     * @return the running mock, or {@code null} when only help was asked for
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static @Nullable BlareseptMockServer start(String[] args, PrintStream ut) {
        int port = 8089;
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    ut.println(BRUK);
                    return null;
                }
                case "--port" -> port = port(verdi(args, i++));
                case "--host" -> host = verdi(args, i++);
                case "--rapport" -> verdi(args, i++);
                default -> throw new IllegalArgumentException("Ukjent argument: " + args[i]);
            }
        }
        BlareseptMockServer mock = BlareseptMockServer.builder().port(port).bindAddress(host).start();
        ut.println("Blåresept mock-API kjører på " + mock.baseUrl());
        ut.println("Kontrakt: docs/api/blaresept-api.yaml. Send Authorization: Bearer <hva som helst>,");
        ut.println("X-Correlation-ID: <uuid> og User-Agent med hvert kall. Stopp med Ctrl-C.");
        ut.println("Kontroll-API: " + mock.baseUrl() + Kontroll.PREFIX + " (scenario, fault, reset, avgjor,");
        ut.println("rapport, mottatt, openapi.yaml; se docs/testkit.md og docs/testkit-curl.sh).");
        ut.println();
        ut.println("Syntetiske testpasienter (velger utfall):");
        for (Testpasient p : Testpasient.values()) {
            ut.println(String.format(Locale.ROOT, "  %s  %-32s %s", p.fodselsnummer().value(), p.scenario(), p.beskrivelse()));
        }
        ut.println("Alle andre gyldige fødselsnumre følger normalforløpet (ingen vedtak → innvilget).");
        return mock;
    }

    private static String verdi(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException("Argumentet " + args[i] + " mangler verdi");
        }
        return args[i + 1];
    }

    /** The value of an option, if given. */
    private static java.util.Optional<String> verdi(String[] args, String navn) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(navn)) {
                return java.util.Optional.of(verdi(args, i));
            }
        }
        return java.util.Optional.empty();
    }

    private static int port(String tekst) {
        try {
            int port = Integer.parseInt(tekst);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port må være et tall fra 0 til 65535, var: " + tekst, e);
        }
    }
}
