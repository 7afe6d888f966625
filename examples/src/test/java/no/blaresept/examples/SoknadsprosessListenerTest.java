package no.blaresept.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.spi.AttemptEnded;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.CallEnded;
import no.blaresept.sdk.spi.CallStarted;
import no.blaresept.sdk.spi.RetryScheduled;
import no.blaresept.sdk.spi.TokenFetched;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a listener registered on both the client and the HelseID configuration hears while the example
 * process runs against the testkit's mock API and mock STS: each call, attempt, retry and token, in order.
 */
class SoknadsprosessListenerTest {

    static final String VEDTAK = "hdir:blareseptsoknad/vedtakssporring";
    static final String REGEL = "hdir:blareseptsoknad/regel";
    static final String SOKNAD = "hdir:blareseptsoknad/soknad";

    /** Writes each event as one short line, e.g. {@code attempt soknad/send #1 200}. */
    static final class Lines implements BlareseptListener {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void callStarted(CallStarted call) {
            lines.add("start " + call.endpoint());
        }

        @Override
        public void attemptEnded(AttemptEnded attempt) {
            lines.add("attempt " + attempt.endpoint() + " #" + attempt.attempt() + " " + attempt.result().label());
        }

        @Override
        public void retryScheduled(RetryScheduled retry) {
            lines.add("retry " + retry.endpoint() + " #" + retry.nextAttempt() + " after " + retry.reason().label());
        }

        @Override
        public void callEnded(CallEnded call) {
            lines.add("end " + call.endpoint() + " " + call.outcome() + call.error().map(e -> " " + e).orElse(""));
        }

        @Override
        public void tokenFetched(TokenFetched token) {
            lines.add("token " + String.join(" ", token.scopes()) + " " + token.tokenType()
                    + (token.renewal() ? " renewed" : " fetched"));
        }
    }

    final Lines events = new Lines();
    MockHelseIdSts sts;
    BlareseptMockServer mock;
    HelseIdTokenProvider helseId;
    BlareseptClient client;

    @BeforeEach
    void start() {
        sts = MockHelseIdSts.start();
        MockHelseIdClient registered = sts.registerClient("listener-test");
        mock = BlareseptMockServer.builder().accessCheck(sts.apiAccessCheck()).start();
        helseId = HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(sts.issuer())
                .clientId(registered.clientId()).clientKey(registered.clientKey()).listener(events).build());
        client = mock.clientBuilder().authentication(helseId).listener(events).build();
    }

    @AfterEach
    void stop() {
        client.close();
        helseId.close();
        mock.close();
        sts.close();
    }

    void runProcess() throws Exception {
        new Soknadsprosess(client, new PrintStream(OutputStream.nullOutputStream(), true)).kjor(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
    }

    @Test
    void aGrantedProcessTellsEveryCallOnceAndEachScopesTokenBeforeItsFirstAttempt() throws Exception {
        runProcess();

        assertThat(events.lines).containsExactly(
                "start vedtak/sok", "token " + VEDTAK + " DPoP fetched", "attempt vedtak/sok #1 200", "end vedtak/sok SUCCESS",
                "start soknad/del1", "token " + REGEL + " DPoP fetched", "attempt soknad/del1 #1 200", "end soknad/del1 SUCCESS",
                "start soknad/del2", "attempt soknad/del2 #1 200", "end soknad/del2 SUCCESS",
                "start soknad/del3", "attempt soknad/del3 #1 200", "end soknad/del3 SUCCESS",
                "start soknad/valider", "token " + SOKNAD + " DPoP fetched", "attempt soknad/valider #1 200",
                "end soknad/valider SUCCESS",
                "start soknad/send", "attempt soknad/send #1 200", "end soknad/send SUCCESS");
    }

    @Test
    void a503IsRetriedAndTheRetryIsToldBetweenItsAttempts() throws Exception {
        mock.fault(ApiEndpoint.VEDTAK_SOK, FaultPreset.unavailable(Duration.ZERO));

        runProcess();

        assertThat(events.lines).startsWith("start vedtak/sok", "token " + VEDTAK + " DPoP fetched",
                "attempt vedtak/sok #1 503", "retry vedtak/sok #2 after 503", "attempt vedtak/sok #2 200",
                "end vedtak/sok SUCCESS", "start soknad/del1");
    }

    @Test
    void aConnectionResetAtSendEndsWithOutcomeUnknownAndIsNotRetried() {
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset());

        assertThat(catchThrowable(this::runProcess)).isInstanceOf(SendOutcomeUnknownException.class);

        assertThat(events.lines).endsWith("start soknad/send", "attempt soknad/send #1 CONNECTION_LOST",
                "end soknad/send OUTCOME_UNKNOWN SendOutcomeUnknownException");
        assertThat(events.lines).noneMatch(l -> l.startsWith("retry soknad/send"));
    }
}
