package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.soknad.Kvittering;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 item 7: every sealed outcome family dispatches each outcome to exactly its own visitor method, and
 * the visitor has one method per permitted outcome (so a new outcome cannot be added without one).
 */
class UtfallVisitorTest {

    private static final List<Melding> M = List.of(new Melding("K", "tekst"));
    private static final Soknadsreferanse REF = new Soknadsreferanse("BRS-2026-000123");
    private static final Kvittering KVITTERING = new Kvittering(Hjemmel.BLARESEPTFORSKRIFTEN_3,
            Produkt.legemiddel("A10BJ06"), LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(), List.of(), List.of());
    private static final Skjemadel DEL = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"),
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), Svar.empty());

    /** One instance of every outcome of every family, with the visitor method it must reach. */
    static Stream<Object[]> utfall() {
        Vedtak vedtak = new Vedtak("V-1", Hjemmel.BLARESEPTFORSKRIFTEN_3, Produkt.legemiddel("A10BJ06"),
                LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
        return Stream.of(
                new Object[] {new VedtakSokResultat.VedtakFunnet(List.of(vedtak), M), "vedtakFunnet"},
                new Object[] {new VedtakSokResultat.IngenVedtak(M), "ingenVedtak"},
                new Object[] {new VedtakSokResultat.SoknadTilBehandling(Optional.of(REF), M), "soknadTilBehandling"},
                new Object[] {new VedtakSokResultat.AvslattSoknad(Optional.of(REF), M), "avslattSoknad"},
                new Object[] {new VedtakSokResultat.Varsel(M), "varsel"},
                new Object[] {new VedtakSokResultat.Avvisning(M), "avvisning"},
                new Object[] {new VedtakSokResultat.UkjentUtfall("NY", M), "ukjentUtfall"},
                new Object[] {new SkjemaResultat.Skjema(DEL, M), "skjema"},
                new Object[] {new SkjemaResultat.VarselMedSkjema(DEL, M), "varselMedSkjema"},
                new Object[] {new SkjemaResultat.Avvisning(M), "avvisning"},
                new Object[] {new SkjemaResultat.UkjentUtfall("NY", M), "ukjentUtfall"},
                new Object[] {new SendResultat.Innvilget(KVITTERING, Optional.of(REF), M), "innvilget"},
                new Object[] {new SendResultat.Avslag(M, Optional.of(REF), M), "avslag"},
                new Object[] {new SendResultat.ManuellSaksbehandling(REF, M), "manuellSaksbehandling"},
                new Object[] {new SendResultat.Avvisning(M), "avvisning"},
                new Object[] {new SendResultat.UkjentUtfall("NY", Optional.empty(), M), "ukjentUtfall"},
                new Object[] {new SoknadStatus.UnderBehandling(REF, Optional.of(OffsetDateTime.now())), "underBehandling"},
                new Object[] {new SoknadStatus.Innvilget(REF, KVITTERING, Optional.empty()), "innvilget"},
                new Object[] {new SoknadStatus.Avslag(REF, M, Optional.empty()), "avslag"},
                new Object[] {new SoknadStatus.UkjentStatus(REF, "NY", Optional.empty()), "ukjentStatus"});
    }

    @ParameterizedTest
    @MethodSource("utfall")
    void eachOutcomeReachesExactlyItsOwnMethodWithItself(Object utfall, String metode) {
        String naadd; // the name of the visitor method reached
        if (utfall instanceof VedtakSokResultat v) {
            naadd = String.valueOf(v.accept(navngiver(VedtakSokResultat.Visitor.class, v)));
        } else if (utfall instanceof SkjemaResultat s) {
            naadd = String.valueOf(s.accept(navngiver(SkjemaResultat.Visitor.class, s)));
        } else if (utfall instanceof SendResultat s) {
            naadd = String.valueOf(s.accept(navngiver(SendResultat.Visitor.class, s)));
        } else {
            naadd = String.valueOf(((SoknadStatus) utfall).accept(navngiver(SoknadStatus.Visitor.class, utfall)));
        }
        assertThat(naadd).isEqualTo(metode);
    }

    @ParameterizedTest
    @MethodSource("utfall")
    void aNullVisitorIsAnNpeNamingIt(Object utfall) throws Exception {
        Method accept = Arrays.stream(utfall.getClass().getMethods()).filter(m -> m.getName().equals("accept"))
                .findFirst().orElseThrow();
        assertThatNullPointerException().isThrownBy(() -> {
            try {
                accept.invoke(utfall, (Object) null);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }).withMessage("visitor");
    }

    @ParameterizedTest
    @MethodSource("familier")
    void theVisitorHasOneMethodPerPermittedOutcome(Class<?> familie, Class<?> visitor) {
        List<String> utfall = Arrays.stream(familie.getPermittedSubclasses())
                .map(c -> Character.toLowerCase(c.getSimpleName().charAt(0)) + c.getSimpleName().substring(1)).toList();
        assertThat(Arrays.stream(visitor.getDeclaredMethods()).map(Method::getName)).containsExactlyInAnyOrderElementsOf(utfall);
    }

    static Stream<Object[]> familier() {
        return Stream.of(new Object[] {VedtakSokResultat.class, VedtakSokResultat.Visitor.class},
                new Object[] {SkjemaResultat.class, SkjemaResultat.Visitor.class},
                new Object[] {SendResultat.class, SendResultat.Visitor.class},
                new Object[] {SoknadStatus.class, SoknadStatus.Visitor.class});
    }

    /** A visitor whose every method returns its own name, after checking it was handed the outcome itself. */
    @SuppressWarnings("unchecked")
    private static <V> V navngiver(Class<V> type, Object forventet) {
        return (V) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("toString") ? "navngiver" : m.invoke(forventet, args);
            }
            assertThat(args).containsExactly(forventet);
            return m.getName();
        });
    }
}
