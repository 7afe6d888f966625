package no.blaresept.testkit.it;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;

/**
 * What a doctor fills in at each part of the sample form: the dosage at part 1, a diagnosis at part 2,
 * the declaration at part 3. Only that: the SDK carries the service's prefilled answers on by itself.
 */
final class Utfylling {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Utfylling() {
    }

    static Forskrivning forskrivning(String fodselsnummer) {
        return Forskrivning.builder().pasient(fodselsnummer).hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06")).build();
    }

    static Svar del1() {
        return Svar.empty().med("/legemiddel/dosering", JSON.textNode("0,25 mg én gang i uken"));
    }

    static Svar del2() {
        ObjectNode diagnose = JSON.objectNode().put("kodeverk", "ICD-10").put("kode", "E11");
        return Svar.empty().med("/diagnoser", JSON.arrayNode().add(diagnose));
    }

    static Svar del3() {
        return Svar.empty().med("/erklaering/bekreftetRiktig", JSON.booleanNode(true));
    }

    /** Fills del1–del3 for the patient (each must answer with a form) and returns the form. */
    static Skjemadel gjennomDel3(BlareseptClient client, String fodselsnummer) {
        Skjemadel del1 = skjema(client.soknad().del1(forskrivning(fodselsnummer)));
        Skjemadel del2 = skjema(client.soknad().del2(del1, del1()));
        return skjema(client.soknad().del3(del2, del2()));
    }

    /** The completed application for the patient, ready for valider and send. */
    static Innsending utfylt(BlareseptClient client, String fodselsnummer) {
        Skjemadel del3 = gjennomDel3(client, fodselsnummer);
        return del3.innsending(del3()).build();
    }

    static Skjemadel skjema(SkjemaResultat resultat) {
        if (resultat instanceof SkjemaResultat.Skjema s) {
            return s.skjemadel();
        }
        if (resultat instanceof SkjemaResultat.VarselMedSkjema v) {
            return v.skjemadel();
        }
        throw new AssertionError("expected a form, got " + resultat.getClass().getSimpleName());
    }
}
