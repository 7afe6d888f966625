package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.testkit.internal.Rapportsamler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** The JUnit extension writes one merged rehearsal report when a test run ends. */
class OvingsrapportFilTest {

    private static final Forskrivning FORSKRIVNING = Forskrivning.builder().pasient(Testpasient.INGEN_VEDTAK.fodselsnummer())
            .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build();

    @Test
    void aTestRunLeavesTheReportOfAllItsMocks(@TempDir Path mappe) throws Exception {
        String før = System.getProperty(Rapportsamler.MAPPE_PROPERTY);
        System.setProperty(Rapportsamler.MAPPE_PROPERTY, mappe.toString());
        SummaryGeneratingListener resultat = new SummaryGeneratingListener();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(EnVendorsTester.class), selectClass(EnVendorsAndreTester.class))
                    .build(), resultat);
        } finally {
            if (før == null) {
                System.clearProperty(Rapportsamler.MAPPE_PROPERTY);
            } else {
                System.setProperty(Rapportsamler.MAPPE_PROPERTY, før);
            }
        }

        assertThat(resultat.getSummary().getTestsSucceededCount()).isEqualTo(2);
        String md = Files.readString(mappe.resolve("ovingsrapport.md"));
        assertThat(md).contains("| F-1.8 |", "| F-0.1 |");
        var json = RawClient.JSON.readTree(mappe.resolve("ovingsrapport.json").toFile());
        assertThat(json.at("/krav/0/krav").asText()).isEqualTo("F-0.1");
        assertThat(json.at("/krav/0/status").asText()).as("del1 without lookup, in the second class").isEqualTo("BRUTT");
        assertThat(json.get("sjekkliste").findValuesAsText("utfall")).contains("INGEN_VEDTAK", "AVSLAG");
    }

    /** A vendor's test class: looks a decision up. */
    @BlareseptTest
    static class EnVendorsTester {
        @Test
        void sok(BlareseptClient client) {
            client.vedtak().sok(FORSKRIVNING);
        }
    }

    /** Another class with its own mock: starts an application without a lookup. */
    @BlareseptTest
    static class EnVendorsAndreTester {
        @Test
        void del1(BlareseptClient client) {
            client.soknad().del1(FORSKRIVNING);
        }
    }
}
