package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.Innsending.VedleggIFelt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Defect 8 of issue 10, at the API surface as a new user meets it: every one-argument public method
 * of the clients and builders not marked {@code @Nullable} refuses {@code null} with a {@link NullPointerException} naming its
 * parameter (found by reflection, so a method added later is covered too), and hostile values are
 * refused with {@link InvalidInputException} naming the field, quickly and without a stack overflow.
 */
class NullArgumentTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void everyOneArgumentMethodOfTheClientsAndBuildersNamesTheNullParameter() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (BlareseptClient client = api.client()) {
            for (Object target : List.of(client.vedtak(), client.soknad(), client.skjema(), BlareseptClient.builder(),
                    Innsending.builder(), Forskrivning.builder())) {
                for (Method m : target.getClass().getMethods()) {
                    if (m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive()
                            && !m.getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class)
                            && m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())) {
                        check(target, m, wrong);
                    }
                }
            }
        }
        assertThat(wrong).as("methods whose null refusal does not name the parameter").isEmpty();
        assertThat(api.requests()).isEmpty();
    }

    private static void check(Object target, Method m, List<String> wrong) throws IllegalAccessException {
        String name = publicParameterName(m);
        try {
            m.invoke(target, (Object) null);
            wrong.add(m + ": accepted null");
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause() instanceof java.util.concurrent.CompletionException c ? c.getCause() : e.getCause();
            if (!(t instanceof NullPointerException) || !name.equals(t.getMessage())) {
                wrong.add(m + ": " + t);
            }
        }
    }

    // The implementation's parameter may be renamed; the name the caller sees is the interface's.
    private static String publicParameterName(Method m) {
        for (Class<?> type : m.getDeclaringClass().getInterfaces()) {
            try {
                return type.getMethod(m.getName(), m.getParameterTypes()).getParameters()[0].getName();
            } catch (NoSuchMethodException e) {
                // not declared by this interface
            }
        }
        return m.getParameters()[0].getName();
    }

    @Test
    void aHundredThousandSegmentFieldPathIsRefusedNamingTheField() {
        String deep = "/a".repeat(100_000);
        assertThatThrownBy(() -> new VedleggIFelt("/a", null)).isInstanceOf(NullPointerException.class).hasMessage("vedlegg");
        assertThatThrownBy(() -> Innsending.builder().vedlegg(deep, VedleggFixtures.pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("vedlegg.felt"));
        assertThatThrownBy(() -> Innsending.builder().vedlegg("/a~2", VedleggFixtures.pdf()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new VedleggIFelt("/vedlegg/epi~1krise", VedleggFixtures.pdf()).felt()).isEqualTo("/vedlegg/epi~1krise");
    }

    @Test
    void aSchemaVersionTooLargeForAnIntIsRefusedNotAnOverflow() {
        assertThatThrownBy(() -> new Skjemaversjon("99999999999.0"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("skjemaversjon"));
        assertThat(new Skjemaversjon("999999999.0").major()).isEqualTo(999_999_999);
    }
}
