package no.blaresept.testkit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.internal.Rapportsamler;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link BlareseptMockServer} for a test class and injects it — and
 * a {@link BlareseptClient} configured for it, one per test, closed after it — into test methods. Register it on a static field to share one mock per class, on an
 * instance field for one mock per test, or with {@link BlareseptTest}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BlareseptMockExtension blaresept = new BlareseptMockExtension();
 *
 * @Test
 * void grants(BlareseptMockServer mock, BlareseptClient client) { ... }
 * }</pre>
 *
 * <p>The mock is reset (state, scenarios, faults, received requests) before each test, so tests
 * stay independent. Its {@link Ovingsrapport rehearsal report} covers all tests: when the test run
 * ends, the reports of all mocks the extension ran are merged and written to
 * {@code target/blaresept-ovingsrapport/ovingsrapport.md} and {@code .json} (another directory with
 * {@code -Dblaresept.ovingsrapport.dir=…}). Not thread-safe for configuration; JUnit calls the
 * callbacks in order.
 */
public final class BlareseptMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final ApiAccessCheck accessCheck;
    private UnaryOperator<BlareseptClient.Builder> clientConfig = UnaryOperator.identity();
    private @Nullable BlareseptMockServer mock;
    private @Nullable BlareseptClient client;
    private boolean perTest;
    private int klassedybde;

    /** An extension whose mock only demands an authorization header. */
    public BlareseptMockExtension() {
        this(ApiAccessCheck.requireAuthorizationHeader());
    }

    /**
     * An extension whose mock checks each request's credentials with the given check, e.g. the mock
     * HelseID's DPoP verification.
     */
    public BlareseptMockExtension(ApiAccessCheck accessCheck) {
        this.accessCheck = Objects.requireNonNull(accessCheck, "accessCheck");
    }

    /**
     * Adjusts the {@link BlareseptClient} injected into tests, e.g. shorter timeouts or no retries;
     * it starts from {@link BlareseptMockServer#clientBuilder()}.
     *
     * @return this extension
     */
    public BlareseptMockExtension client(UnaryOperator<BlareseptClient.Builder> config) {
        this.clientConfig = Objects.requireNonNull(config, "config");
        return this;
    }

    /**
     * The running mock.
     *
     * @throws IllegalStateException outside a test's lifecycle
     */
    public BlareseptMockServer mock() {
        if (mock == null) {
            throw new IllegalStateException("the Blåresept mock runs only while a test class or test runs");
        }
        return mock;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes run beforeAll again on the same instance: they share the outer mock.
        if (klassedybde++ == 0) {
            mock = BlareseptMockServer.builder().accessCheck(accessCheck).start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (mock == null) {
            perTest = true;
            mock = BlareseptMockServer.builder().accessCheck(accessCheck).start();
        }
        mock.reset();
        mock.accessCheck(accessCheck);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (client != null) {
            client.close();
            client = null;
        }
        if (perTest) {
            stop(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--klassedybde == 0) {
            stop(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BlareseptMockServer.class || type == BlareseptClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == BlareseptMockServer.class) {
            return mock();
        }
        if (client == null) {
            client = clientConfig.apply(mock().clientBuilder()).build();
        }
        return client;
    }

    private void stop(ExtensionContext context) {
        if (mock != null) {
            Rapportsamler.legg(context, mock.ovingsrapport());
            mock.close();
            mock = null;
        }
    }
}
