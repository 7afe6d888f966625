package no.blaresept.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Turns an answer into WireMock's response definition. Stateless. */
final class Svarskriver {

    private Svarskriver() {
    }

    /** Status, content type, headers; the body is set by the caller (a fault may cut it). */
    static ResponseDefinitionBuilder skriv(Response svar) {
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(svar.status())
                .withHeader("Content-Type", svar.contentType());
        svar.headers().forEach(b::withHeader);
        return b;
    }

    /** The whole answer, unbroken. */
    static ResponseDefinition helt(Response svar) {
        return skriv(svar).withBody(svar.body()).build();
    }
}
