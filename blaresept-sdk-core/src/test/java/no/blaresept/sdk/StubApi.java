package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on a random loopback port for the core's unit tests, and the CLIENT-SIDE CONTRACT
 * TEST: after each test, every request the client sent is validated against
 * {@code docs/api/blaresept-api.yaml}, and so is every stubbed answer unless the test breaks the
 * contract on purpose ({@link #answersOffContract()}). A drift between client and contract fails
 * the build.
 */
public final class StubApi implements BeforeEachCallback, AfterEachCallback {

    /** The token the test clients send; tests assert it never reaches a log or message. */
    public static final String TOKEN = "test-token-5f1c9a";

    static final Path CONTRACT = Path.of("../docs/api/blaresept-api.yaml");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT.toUri().toString()).build();

    private WireMockServer server;
    private boolean checkAnswers;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        checkAnswers = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isEmpty()) {
                assertRequestsMatchContract();
            }
        } finally {
            server.stop();
        }
    }

    /** The server, to stub and verify. */
    public WireMockServer server() {
        return server;
    }

    /** The server's base URI. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Skip the answer check for this test: it stubs broken answers on purpose. Requests are still checked. */
    public void answersOffContract() {
        checkAnswers = false;
    }

    /** A client builder pointed at this server, with a fixed bearer token and short retry pauses. */
    public BlareseptClient.Builder clientBuilder() {
        return BlareseptClient.builder()
                .baseUri(baseUri())
                .epjSystem("Testjournal", "1.0")
                .authentication(RequestAuthenticator.bearer(scope -> TOKEN))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)))
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    /** A client pointed at this server. */
    public BlareseptClient client() {
        return clientBuilder().build();
    }

    /** The requests received, oldest first. */
    public List<LoggedRequest> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest).toList();
    }

    private void assertRequestsMatchContract() {
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            LoggedRequest r = event.getRequest();
            URI url = URI.create(r.getUrl());
            ValidationReport request = VALIDATOR.validateRequest(toRequest(r, url));
            if (request.hasErrors()) {
                violations.add("request " + r.getMethod() + " " + url.getPath() + ": " + request.getMessages());
            }
            if (checkAnswers && event.getResponse() != null && event.getResponse().getFault() == null) {
                SimpleResponse.Builder b = SimpleResponse.Builder.status(event.getResponse().getStatus())
                        .withBody(event.getResponse().getBody());
                for (HttpHeader h : event.getResponse().getHeaders().all()) {
                    b.withHeader(h.key(), h.values());
                }
                ValidationReport answer = VALIDATOR.validateResponse(url.getPath(),
                        Request.Method.valueOf(r.getMethod().getName()), b.build());
                if (answer.hasErrors()) {
                    violations.add("stubbed answer to " + url.getPath() + ": " + answer.getMessages());
                }
            }
        }
        assertThat(violations).as("exchanges that break docs/api/blaresept-api.yaml").isEmpty();
    }

    private static Request toRequest(LoggedRequest r, URI url) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), url.getPath());
        for (HttpHeader h : r.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        r.getQueryParams().forEach((name, values) -> b.withQueryParam(name, values.values()));
        if (r.getBody() != null && r.getBody().length > 0) {
            b.withBody(r.getBody());
        }
        return b.build();
    }
}
