package no.blaresept.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Problem-details answers as the contract describes them. */
final class HttpProblems {

    private HttpProblems() {
    }

    static ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Feil\",\"status\":" + status + "}");
    }
}
