package no.blaresept.examples.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;

/**
 * A reference web form for the whole Blåresept process, on the JDK's own HTTP server and the embedded
 * mock: prescription → decision lookup → del1–del3 rendered from the model with live validation →
 * valider → send → the outcome and a status check. No JavaScript framework and no build step: the page
 * is HTML from the server and one small script that posts each change and applies the model's answer.
 *
 * <p>Personal data: the fødselsnummer and the answers stay on the server, in the session; the browser
 * holds only a random session id, forms are posted, and no URL carries patient data. Requests are logged
 * as method, path and status only. The server listens on loopback unless told otherwise.
 *
 * <p>Thread safety: thread-safe; each session is used by one request at a time.
 */
public final class Skjemaserver implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Skjemaserver.class.getName());
    private final HttpServer http;
    private final ExecutorService traader = Executors.newFixedThreadPool(4);
    private final Prosesshandlinger steg;

    private Skjemaserver(HttpServer http, BlareseptClient client) {
        this.http = http;
        this.steg = new Prosesshandlinger(client, new Oktlager(Oktlager.STANDARD_LEVETID, java.time.Clock.systemUTC()));
        http.setExecutor(traader);
        http.createContext("/", ex -> {
            Utveksling u = new Utveksling(ex);
            try {
                behandle(u);
            } catch (RuntimeException e) {
                // The message may name a field, never a value; the stack trace stays in the server's log.
                LOG.log(Level.ERROR, "request failed: " + u.metode() + " " + u.sti() + ": " + e.getClass().getName());
                u.html(500, Sider.ramme("Noe gikk galt", 0, "<p>En uventet feil oppstod. Start en ny søknad.</p>"));
            } finally {
                LOG.log(Level.DEBUG, () -> u.metode() + " " + u.sti());
                ex.close();
            }
        });
    }

    /**
     * Starts the server on {@code adresse}:{@code port} (port 0 picks a free one) against the given client.
     *
     * @param adresse where to listen; use loopback unless the page must be reached from elsewhere
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static Skjemaserver start(BlareseptClient client, InetAddress adresse, int port) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(adresse, "adresse");
        try {
            Skjemaserver server = new Skjemaserver(HttpServer.create(new InetSocketAddress(adresse, port), 0), client);
            server.http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on port " + port, e);
        }
    }

    /**
     * Starts the embedded mock and the form on loopback, and runs until stopped.
     *
     * @param args optional: the port (default 8080)
     */
    public static void main(String[] args) {
        int port = 8080;
        if (args.length > 0) {
            try {
                port = Integer.parseInt(args[0]);
            } catch (NumberFormatException e) {
                System.err.println("Bruk: Skjemaserver [port], for eksempel 8080");
                System.exit(2);
            }
        }
        BlareseptMockServer mock = BlareseptMockServer.start();
        BlareseptClient client = mock.clientBuilder().build();
        Skjemaserver server = start(client, InetAddress.getLoopbackAddress(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            client.close();
            mock.close();
        }));
        System.out.println("Skjemaet kjører på " + server.adresse() + " (mot Blåresept-mocken). Stopp med Ctrl+C.");
    }

    /** Where the form is served, for example {@code http://127.0.0.1:8080/}. */
    public URI adresse() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        http.stop(0);
        traader.shutdownNow();
    }

    private void behandle(Utveksling u) throws IOException {
        String rute = u.metode() + " " + u.sti();
        if (rute.startsWith("GET /ressurs/")) {
            ressurs(u, u.sti().substring("/ressurs/".length()));
        } else if (rute.equals("GET /")) {
            u.html(200, Sider.startside(Map.of()));
        } else if (rute.equals("POST /start")) {
            steg.start(u);
        } else {
            medOkt(u, rute);
        }
    }

    private void medOkt(Utveksling u, String rute) throws IOException {
        Optional<String> id = u.oktId();
        Optional<Okt> okt = id.flatMap(steg::okt);
        if (okt.isEmpty()) {
            u.videre("/");
            return;
        }
        synchronized (okt.get()) {
            steg.utfor(u, rute, id.get(), okt.get());
        }
    }

    private static void ressurs(Utveksling u, String navn) throws IOException {
        String type = navn.equals("skjema.js") ? "text/javascript; charset=utf-8"
                : navn.equals("skjema.css") ? "text/css; charset=utf-8" : null;
        if (type == null) {
            u.html(404, Sider.ramme("Fant ikke siden", 0, ""));
            return;
        }
        try (InputStream inn = Skjemaserver.class.getResourceAsStream(navn)) {
            u.svar(200, type, Objects.requireNonNull(inn, navn).readAllBytes());
        }
    }
}
