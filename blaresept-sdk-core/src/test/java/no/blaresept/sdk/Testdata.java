package no.blaresept.sdk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.schema.Svar;

/** Synthetic inputs shared by the core's tests. */
public final class Testdata {

    /** A synthetic fødselsnummer (month + 80); tests assert it never reaches a log, message or toString. */
    public static final String FNR = "01859012325";

    private Testdata() {
    }

    /** A valid prescription for {@link #FNR}. */
    public static Forskrivning forskrivning() {
        return Forskrivning.builder()
                .pasient(FNR)
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06", "123456"))
                .diagnose(Diagnose.icd10("E11"))
                .build();
    }

    /** A completed application without attachments. */
    public static Innsending innsending() {
        return Innsending.builder().soknadId(new SoknadId("SOK-12345678")).skjemaversjon(new Skjemaversjon("2.1"))
                .svar(Svar.of(JsonNodeFactory.instance.objectNode().put("diagnose", "E11"))).build();
    }
}
