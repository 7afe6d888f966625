package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.blaresept.testkit.internal.MockApi;

/**
 * The mock-side contract check: every answer the mock gave is validated against
 * {@code docs/api/blaresept-api.yaml}, so a drift between mock and contract fails the build.
 * Answers broken on purpose by a transport fault are skipped; error-status faults are checked.
 */
public final class MockContract {

    /** The contract, relative to the module directory (where Maven runs the tests). */
    static final Path CONTRACT = Path.of("../docs/api/blaresept-api.yaml");

    private static final Set<String> TRANSPORT_FAULTS = Set.of("CONNECTION_RESET", "TRUNCATED_BODY", "MALFORMED_JSON");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT.toUri().toString()).build();

    private MockContract() {
    }

    /**
     * Fails with every violation when one of the mock's answers since its last reset breaks the contract.
     *
     * @return how many answers were checked
     */
    public static int assertResponsesMatchContract(BlareseptMockServer mock) {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (ServeEvent event : mock.serveEvents()) {
            LoggedResponse response = event.getResponse();
            var fault = response.getHeaders().getHeader(MockApi.FAULT_HEADER);
            if (fault.isPresent() && TRANSPORT_FAULTS.contains(fault.firstValue())) {
                continue;
            }
            URI url = URI.create(event.getRequest().getUrl());
            ValidationReport report = validate(url.getPath(), event.getRequest().getMethod().getName(), response);
            checked++;
            if (report.hasErrors()) {
                violations.add(event.getRequest().getMethod() + " " + url.getPath() + " → " + response.getStatus()
                        + ": " + report.getMessages());
            }
        }
        assertThat(violations).as("mock answers that break the contract").isEmpty();
        return checked;
    }

    static ValidationReport validate(String path, String method, LoggedResponse response) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(response.getStatus()).withBody(response.getBody());
        for (HttpHeader h : response.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        return VALIDATOR.validateResponse(path, Request.Method.valueOf(method), b.build());
    }

    static ValidationReport validate(String path, String method, int status, String contentType, byte[] body) {
        SimpleResponse r = SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build();
        return VALIDATOR.validateResponse(path, Request.Method.valueOf(method), r);
    }
}
