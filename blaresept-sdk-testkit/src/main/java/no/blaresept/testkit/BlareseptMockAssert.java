package no.blaresept.testkit;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on what a {@link BlareseptMockServer} received:
 *
 * <pre>{@code
 * assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
 * assertThat(mock).everyRequestHasHeaders("X-Correlation-ID", "User-Agent", "Authorization")
 *                 .hasNoFodselsnummerInUrls();
 * }</pre>
 *
 * <p>Failure messages show method and path, never bodies, header values or fødselsnumre.
 * Not thread-safe (as AssertJ assertions are not); each use reads the mock's record afresh.
 */
public final class BlareseptMockAssert extends AbstractAssert<BlareseptMockAssert, BlareseptMockServer> {

    /** Eleven digits in a row: a fødselsnummer or d-nummer, which must never be in a URL. */
    private static final Pattern ELLEVE_SIFRE = Pattern.compile("(?<![0-9])[0-9]{11}(?![0-9])");

    private BlareseptMockAssert(BlareseptMockServer actual) {
        super(actual, BlareseptMockAssert.class);
    }

    /** Starts assertions on a mock. */
    public static BlareseptMockAssert assertThat(BlareseptMockServer mock) {
        return new BlareseptMockAssert(mock);
    }

    /** Assertions on the requests one endpoint received. */
    public ReceivedRequestsAssert received(ApiEndpoint endepunkt) {
        isNotNull();
        return new ReceivedRequestsAssert(endepunkt, actual.mottatt(endepunkt));
    }

    /** Every request received carries each named header (case-insensitive), with a non-blank value. */
    public BlareseptMockAssert everyRequestHasHeaders(String... names) {
        isNotNull();
        for (ReceivedRequest m : actual.mottatt()) {
            for (String name : names) {
                if (m.header(name).filter(v -> !v.isBlank()).isEmpty()) {
                    failWithMessage("Expected every request to carry header %s, but %s did not", name, m);
                }
            }
        }
        return this;
    }

    /** No request carried eleven digits in a row (a fødselsnummer or d-nummer) in its URL. */
    public BlareseptMockAssert hasNoFodselsnummerInUrls() {
        isNotNull();
        List<String> med = actual.mottatt().stream()
                .filter(m -> ELLEVE_SIFRE.matcher(m.url().toString()).find())
                .map(m -> m.method() + " " + ELLEVE_SIFRE.matcher(m.url().toString()).replaceAll("***********"))
                .toList();
        if (!med.isEmpty()) {
            failWithMessage("Expected no fødselsnummer in any URL, but found one in %s", med);
        }
        return this;
    }

    /** The mock received at least one request. */
    public BlareseptMockAssert receivedRequests() {
        isNotNull();
        if (actual.mottatt().isEmpty()) {
            failWithMessage("Expected the mock to have received requests, but it received none");
        }
        return this;
    }
}
