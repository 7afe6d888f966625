package no.blaresept.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link BlareseptMockServer} for the annotated test class (one per class, reset before each
 * test) and injects it, and a {@code BlareseptClient} configured for it, into test method parameters:
 *
 * <pre>{@code
 * @BlareseptTest
 * class VedtakTest {
 *     @Test
 *     void findsDecision(BlareseptMockServer mock, BlareseptClient client) { ... }
 * }
 * }</pre>
 *
 * <p>Use {@link BlareseptMockExtension} with {@code @RegisterExtension} to choose an access check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BlareseptMockExtension.class)
public @interface BlareseptTest {
}
