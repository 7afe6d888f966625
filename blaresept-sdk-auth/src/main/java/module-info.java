/**
 * HelseID for the Blåresept SDK: {@code no.blaresept.auth} is the API; {@code no.blaresept.auth.internal}
 * is not exported.
 */
module no.blaresept.auth {
    requires transitive no.blaresept.sdk;
    requires com.nimbusds.jose.jwt;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires static transitive org.jspecify;

    exports no.blaresept.auth;
}
