package no.blaresept.sdk;

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
}
