/**
 * The Blåresept SDK's typed clients: {@code no.blaresept.sdk} and its sub-packages are the API; the
 * {@code internal} packages are not exported, except to the testkit, which builds its mock from the
 * SDK's wire paths.
 */
@SuppressWarnings("module")
module no.blaresept.sdk {
    requires transitive no.blaresept.schema;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive java.net.http;
    requires static transitive org.jspecify;

    exports no.blaresept.sdk;
    exports no.blaresept.sdk.error;
    exports no.blaresept.sdk.prosess;
    exports no.blaresept.sdk.soknad;
    exports no.blaresept.sdk.spi;
    exports no.blaresept.sdk.vedlegg;
    exports no.blaresept.sdk.vedtak;

    exports no.blaresept.sdk.internal.wire to no.blaresept.testkit;

    // Jackson binds the wire records by reflection.
    opens no.blaresept.sdk.internal.wire to com.fasterxml.jackson.databind;
}
