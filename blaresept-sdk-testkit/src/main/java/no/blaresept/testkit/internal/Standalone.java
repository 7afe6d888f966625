package no.blaresept.testkit.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.Testpasienter;

/**
 * The entry point of the standalone jar for EPJs not written in Java:
 * {@code java -jar blaresept-sdk-testkit-<version>-standalone.jar [--port N] [--host ADDRESS]}.
 * Starts the mock, prints its base URL and the well-known test patients, and runs until stopped
 * (Ctrl-C). Not part of the API.
 */
public final class Standalone {

    private static final String BRUK = "Bruk: java -jar blaresept-sdk-testkit-<versjon>-standalone.jar"
            + " [--port N] [--host ADRESSE]\n"
            + "  --port N        port å lytte på (standard 8089; 0 velger en ledig)\n"
            + "  --host ADRESSE  adresse å lytte på (standard 127.0.0.1)";

    private Standalone() {
    }

    /**
     * Runs the mock until the JVM stops.
     *
     * @param args {@code --port N}, {@code --host ADDRESS}, {@code --help}
     */
    public static void main(String[] args) throws InterruptedException {
        BlareseptMockServer mock;
        try {
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
            mock.close();
            stopp.countDown();
        }, "blaresept-mock-stopp"));
        stopp.await();
    }

    /**
     * Parses the arguments, starts the mock and prints how to use it.
     *
     * @return the running mock, or {@code null} when only help was asked for
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static BlareseptMockServer start(String[] args, PrintStream ut) {
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
                default -> throw new IllegalArgumentException("Ukjent argument: " + args[i]);
            }
        }
        BlareseptMockServer mock = BlareseptMockServer.builder().port(port).bindAddress(host).start();
        ut.println("Blåresept mock-API kjører på " + mock.baseUrl());
        ut.println("Kontrakt: docs/api/blaresept-api.yaml. Send Authorization: Bearer <hva som helst>,");
        ut.println("X-Correlation-ID: <uuid> og User-Agent med hvert kall. Stopp med Ctrl-C.");
        ut.println();
        ut.println("Syntetiske testpasienter (velger utfall):");
        for (Testpasient p : Testpasienter.alle()) {
            ut.println(String.format(Locale.ROOT, "  %s  %-32s %s", p.fodselsnummer(), p.scenario(), p.beskrivelse()));
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
