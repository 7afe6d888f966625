package no.blaresept.benchmarks.testkit;

import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.schema.Svar;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One EPJ's application flow, one call per step: lookup → del1 → del2 → del3 → valider → send →
 * status, then again. Each benchmark thread owns one, so the calls of 50 threads interleave as 50
 * parallel flows through one shared client would. Not thread-safe: one per thread.
 */
final class Soknadsflyt {

    // Synthetic (month + 80): the testkit's happy-path patient.
    static final Forskrivning FORSKRIVNING = Forskrivning.builder().pasient("12857840060")
            .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build();

    private int steg;
    private Skjemadel del;
    private Innsending innsending;
    private Soknadsreferanse referanse;

    /** Makes the flow's next call and returns its answer. */
    Object neste(BlareseptClient client) {
        Object svar = switch (steg) {
            case 0 -> client.vedtak().sok(FORSKRIVNING);
            case 1 -> del = skjema(client.soknad().del1(FORSKRIVNING));
            case 2 -> del = skjema(client.soknad().del2(del, med("dosering")));
            case 3 -> del = skjema(client.soknad().del3(del, med("diagnoser")));
            case 4 -> client.soknad().valider(innsending = del.innsending(med("erklaering")).build());
            case 5 -> {
                SendResultat sendt = client.soknad().send(innsending);
                referanse = ((SendResultat.Innvilget) sendt).soknadsreferanse().orElseThrow();
                yield sendt;
            }
            default -> client.soknad().status(referanse);
        };
        steg = (steg + 1) % 7;
        return svar;
    }

    /** What the doctor adds at this part; the client carries the prefilled answers on. */
    private static Svar med(String felt) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (felt) {
            case "dosering" -> Svar.empty().med("/legemiddel/dosering", json.textNode("0,25 mg én gang i uken"));
            case "diagnoser" -> Svar.empty().med("/diagnoser/0", json.objectNode().put("kodeverk", "ICD-10").put("kode", "E11"));
            default -> Svar.empty().med("/erklaering/bekreftetRiktig", json.booleanNode(true));
        };
    }

    private static Skjemadel skjema(SkjemaResultat resultat) {
        if (resultat instanceof SkjemaResultat.Skjema s) {
            return s.skjemadel();
        }
        throw new IllegalStateException("the flow expected a form, got " + resultat.getClass().getSimpleName());
    }
}
