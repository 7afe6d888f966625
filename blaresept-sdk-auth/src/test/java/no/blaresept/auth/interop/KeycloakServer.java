package no.blaresept.auth.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Keycloak server from the unpacked distribution, started in development mode ({@code start-dev},
 * in-memory H2) on 127.0.0.1 with a free port and a fresh bootstrap admin, and stopped by
 * {@link #close()} or, should the test JVM end first, by a shutdown hook. Its output goes to a log
 * file whose tail is put into every start-up failure.
 *
 * <p>Thread-safe: {@link #close()} may run from the test thread and the shutdown hook at once.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN_USER = "interop-admin";
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final String adminPassword;
    private final Thread shutdownHook;
    private volatile Duration startTime = Duration.ZERO;

    private KeycloakServer(Process process, Path log, URI baseUri, String adminPassword) {
        this.process = process;
        this.log = log;
        this.baseUri = baseUri;
        this.adminPassword = adminPassword;
        this.shutdownHook = new Thread(this::stop, "keycloak-interop-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Keycloak and waits until its master realm answers.
     *
     * @param home     the unpacked distribution ({@code bin/kc.sh} inside)
     * @param javaHome the Java it runs on
     * @param log      where its output goes
     * @param timeout  how long to wait for readiness
     * @return the running server
     * @throws IllegalStateException when it exits early or is not ready in time (with the log's tail)
     */
    static KeycloakServer start(Path home, Path javaHome, Path log, Duration timeout) {
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("no Keycloak distribution at " + home
                    + " (bin/kc.sh missing); run the interop tests through Maven (mvn verify), which unpacks it");
        }
        int port = freePort();
        String adminPassword = randomPassword();
        ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + freePort(), "--db=dev-mem"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Instant started = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be started from " + script, e);
        }
        KeycloakServer server = new KeycloakServer(process, log, URI.create("http://127.0.0.1:" + port), adminPassword);
        server.awaitReady(timeout, started);
        server.startTime = Duration.between(started, Instant.now());
        return server;
    }

    private void awaitReady(Duration timeout, Instant started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(baseUri.resolve("/realms/master/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = started.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for Keycloak");
            }
            pause();
        }
        throw failure("Keycloak was not ready within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        close();
        return new IllegalStateException(what + " (" + baseUri + "); last lines of " + log + ":\n" + logTail());
    }

    /** The last lines Keycloak wrote, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Base URI, e.g. {@code http://127.0.0.1:43123}. */
    URI baseUri() {
        return baseUri;
    }

    /** Password of the bootstrap admin {@link #ADMIN_USER} (generated for this run). */
    String adminPassword() {
        return adminPassword;
    }

    /** Time from launching {@code kc.sh} until the server answered. */
    Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and the hook runs or ran: nothing to undo.
        }
    }

    // kc.sh forwards SIGTERM to its Java child; whatever survives the grace period is killed.
    private synchronized void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
