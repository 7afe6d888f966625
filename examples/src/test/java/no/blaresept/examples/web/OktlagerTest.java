package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OktlagerTest {
    private static BlareseptMockServer mock;
    private static BlareseptClient client;
    private Instant na = Instant.parse("2026-11-30T12:00:00Z");
    private final Oktlager lager = new Oktlager(Duration.ofMinutes(30), new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return na;
        }
    });

    @BeforeAll
    static void start() {
        mock = BlareseptMockServer.start();
        client = mock.clientBuilder().build();
    }

    @AfterAll
    static void stopp() {
        client.close();
        mock.close();
    }

    private Okt okt() {
        BlareseptProsess prosess = BlareseptProsess.start(client, Forskrivning.builder().pasient(Testpasient.INGEN_VEDTAK.fodselsnummer())
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build());
        return new Okt(prosess, new VedtakSokResultat.IngenVedtak(java.util.List.of()));
    }

    @Test
    void idsAreRandomAndSayNothingAboutThePatient() {
        String a = lager.lagre(okt());
        String b = lager.lagre(okt());
        assertThat(a).isNotEqualTo(b).hasSize(22).doesNotContain(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
    }

    @Test
    void aSessionUnusedForItsLifetimeIsForgottenAndUseKeepsItAlive() {
        String id = lager.lagre(okt());
        na = na.plus(Duration.ofMinutes(29));
        assertThat(lager.hent(id)).isPresent();
        na = na.plus(Duration.ofMinutes(29));
        assertThat(lager.hent(id)).as("used 29 minutes ago").isPresent();
        na = na.plus(Duration.ofMinutes(31));
        assertThat(lager.hent(id)).isEmpty();
        assertThat(lager.hent("ukjent")).isEmpty();
    }

    @Test
    void forgottenSessionsAreGoneForGood() {
        String id = lager.lagre(okt());
        lager.fjern(id);
        assertThat(lager.hent(id)).isEmpty();
    }
}
