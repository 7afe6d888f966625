package no.blaresept.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives the login redirect for a desktop EPJ (RFC 8252 §7.3): listens on {@code 127.0.0.1}
 * (never on other interfaces) on a free or given port, opens no browser itself, waits for the
 * STS's redirect with a timeout and hands it over whole for
 * {@link HelseIdTokenProvider#completeUserLogin(UserLogin, URI)}. The browser gets a short
 * Norwegian page saying the window can be closed. Only the first redirect to the path counts;
 * other paths get 404.
 *
 * <pre>{@code
 * try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
 *     UserLogin login = helseId.beginUserLogin(UserLoginRequest.of(receiver.redirectUri(), scopes));
 *     Desktop.getDesktop().browse(login.authorizationUri());          // the EPJ opens the browser
 *     UserSession session = helseId.completeUserLogin(login, receiver.awaitRedirect(Duration.ofMinutes(5)));
 * }
 * }</pre>
 *
 * <p>HelseID matches loopback redirect URIs with any port (RFC 8252 §7.3), so register
 * {@code http://127.0.0.1/callback} for the client. Thread-safe; one receiver serves one login.
 */
public final class LoopbackRedirectReceiver implements AutoCloseable {

    /** The default path the redirect is expected on. */
    public static final String DEFAULT_PATH = "/callback";

    private static final byte[] DONE_PAGE = page("Innloggingen er mottatt",
            "Du kan lukke dette vinduet og gå tilbake til journalsystemet.");
    private static final byte[] ERROR_PAGE = page("Innloggingen ble ikke fullført",
            "Du kan lukke dette vinduet. Journalsystemet viser hva som gikk galt.");

    private final HttpServer server;
    private final URI redirectUri;
    private final CompletableFuture<URI> redirect = new CompletableFuture<>();

    private LoopbackRedirectReceiver(HttpServer server, String path) {
        this.server = server;
        this.redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Listens on a free port of {@code 127.0.0.1} for {@link #DEFAULT_PATH}.
     *
     * @return the running receiver
     * @throws HelseIdException when no port can be opened
     */
    public static LoopbackRedirectReceiver start() {
        return start(0, DEFAULT_PATH);
    }

    /**
     * Listens on the given port of {@code 127.0.0.1}.
     *
     * @param port the port, or 0 for a free one
     * @param path the redirect path, starting with {@code /}
     * @return the running receiver
     * @throws HelseIdException when the port cannot be opened (e.g. in use)
     * @throws IllegalArgumentException when the port is out of range or the path does not start with {@code /}
     */
    public static LoopbackRedirectReceiver start(int port, String path) {
        Objects.requireNonNull(path, "path");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 … 65535, was " + port);
        }
        if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path must start with / and hold no query or fragment: " + path);
        }
        InetAddress loopback;
        try {
            // 127.0.0.1 itself, not whatever getLoopbackAddress prefers (::1 on IPv6-first hosts).
            loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("a four-byte address is always valid", e);
        }
        try {
            return new LoopbackRedirectReceiver(HttpServer.create(new InetSocketAddress(loopback, port), 0), path);
        } catch (IOException e) {
            throw new HelseIdException("cannot listen for the login redirect on " + loopback.getHostAddress() + ":" + port
                    + " (" + e.getMessage() + "); use another port or 0 for a free one", e);
        }
    }

    /** The redirect URI to put in the {@link UserLoginRequest}: {@code http://127.0.0.1:<port><path>}. */
    public URI redirectUri() {
        return redirectUri;
    }

    /**
     * Waits for the browser to arrive with the login's redirect.
     *
     * @param timeout how long the user has to log in
     * @return the whole redirect URI (query included) for {@code completeUserLogin}
     * @throws HelseIdException when no redirect came in time, or the thread was interrupted (its
     *                          interrupt flag stays set); the login can be started again
     */
    public URI awaitRedirect(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        try {
            return redirect.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new HelseIdException("no login redirect arrived within " + timeout
                    + "; the user did not finish logging in. Start a new login to try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HelseIdException("interrupted while waiting for the login redirect", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the redirect future is only ever completed normally", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI requested = exchange.getRequestURI();
            if (!requested.getPath().equals(redirectUri.getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String query = requested.getRawQuery();
            redirect.complete(URI.create(redirectUri + (query == null ? "" : "?" + query)));
            byte[] body = query != null && query.matches("(^|.*&)error=.*") ? ERROR_PAGE : DONE_PAGE;
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            // The URL holds the code: keep it out of caches and out of Referer headers.
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] page(String title, String text) {
        return ("<!DOCTYPE html><html lang=\"no\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    /** Names the redirect URI only; a received code is never shown. */
    @Override
    public String toString() {
        return "LoopbackRedirectReceiver[" + redirectUri + (redirect.isDone() ? ", redirect received" : ", waiting") + "]";
    }
}
