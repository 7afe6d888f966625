package no.blaresept.auth.interop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives interop tests an {@link InteropRealm} on a real Keycloak. The server starts once per test
 * JVM (on first use), is configured once, and is stopped when the root extension context closes —
 * after the last test class, also when tests fail. The distribution's location and the log file
 * come from system properties the Maven {@code interop} profile sets:
 * {@code interop.keycloak.home}, {@code interop.keycloak.log}; the start-up wait from
 * {@code interop.keycloak.startTimeoutSeconds} (default 300: a loaded 2-core machine took up to 145 s).
 * Public because the examples module uses it (through this module's test-jar) to run its token
 * example against the same realm.
 *
 * <p>Thread-safe: JUnit's store creates the server at most once.
 */
public final class KeycloakExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == InteropRealm.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .realm();
    }

    /** The server and its configured realm, closed together with the root context. */
    private record Running(KeycloakServer server, InteropRealm realm) implements AutoCloseable {

        static Running start() {
            Path home = Path.of(required("interop.keycloak.home"));
            Path log = Path.of(System.getProperty("interop.keycloak.log", "target/keycloak.log"));
            Duration timeout = Duration.ofSeconds(Long.getLong("interop.keycloak.startTimeoutSeconds", 300));
            KeycloakServer server = KeycloakServer.start(home, KeycloakJava.select(), log, timeout);
            System.out.printf("Keycloak ready at %s after %d s (log: %s)%n",
                    server.baseUri(), server.startTime().toSeconds(), log);
            try {
                return new Running(server, InteropRealm.configure(server));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static String required(String property) {
        return Optional.ofNullable(System.getProperty(property)).orElseThrow(() -> new IllegalStateException(
                "system property " + property + " is not set; run the interop tests through Maven"
                        + " (mvn verify), whose interop profile unpacks Keycloak and sets it"));
    }
}
