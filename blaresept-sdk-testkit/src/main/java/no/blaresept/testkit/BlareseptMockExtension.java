package no.blaresept.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link BlareseptMockServer} for a test class and injects it into
 * test and lifecycle methods. Register it on a static field to share one mock per class, on an
 * instance field for one mock per test, or with {@link BlareseptTest}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BlareseptMockExtension blaresept = new BlareseptMockExtension();
 *
 * @Test
 * void grants(BlareseptMockServer mock) { ... }
 * }</pre>
 *
 * <p>The mock is reset (state, scenarios, faults, received requests) before each test, so tests
 * stay independent. Not thread-safe for configuration; JUnit calls the callbacks in order.
 */
public final class BlareseptMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final ApiAccessCheck accessCheck;
    private @Nullable BlareseptMockServer mock;
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
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--klassedybde == 0) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BlareseptMockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return mock();
    }

    private void stop() {
        if (mock != null) {
            mock.close();
            mock = null;
        }
    }
}
