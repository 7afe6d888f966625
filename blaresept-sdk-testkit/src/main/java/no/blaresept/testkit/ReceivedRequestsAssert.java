package no.blaresept.testkit;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the requests one endpoint of the mock received, from
 * {@link BlareseptMockAssert#received(ApiEndpoint)}. Messages name the endpoint and counts, never
 * bodies or header values. Not thread-safe.
 */
public final class ReceivedRequestsAssert extends AbstractAssert<ReceivedRequestsAssert, List<ReceivedRequest>> {

    private final ApiEndpoint endepunkt;

    ReceivedRequestsAssert(ApiEndpoint endepunkt, List<ReceivedRequest> mottatt) {
        super(List.copyOf(mottatt), ReceivedRequestsAssert.class);
        this.endepunkt = endepunkt;
    }

    /** Exactly one request. */
    public ReceivedRequestsAssert exactlyOnce() {
        return times(1);
    }

    /** No request at all. */
    public ReceivedRequestsAssert never() {
        return times(0);
    }

    /** Exactly {@code n} requests. */
    public ReceivedRequestsAssert times(int n) {
        if (actual.size() != n) {
            failWithMessage("Expected %s to be called %d time(s), but it was called %d time(s)", endepunkt, n,
                    actual.size());
        }
        return this;
    }

    /** At most one request: what a {@code send} whose outcome was unknown must show. */
    public ReceivedRequestsAssert atMostOnce() {
        if (actual.size() > 1) {
            failWithMessage("Expected %s to be called at most once, but it was called %d times", endepunkt,
                    actual.size());
        }
        return this;
    }

    /** At least one request. */
    public ReceivedRequestsAssert atLeastOnce() {
        if (actual.isEmpty()) {
            failWithMessage("Expected %s to be called at least once, but it was never called", endepunkt);
        }
        return this;
    }

    /** Every request to this endpoint carried the header, with a value matching the regex. */
    public ReceivedRequestsAssert withHeaderMatching(String name, String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (ReceivedRequest m : actual) {
            if (m.header(name).filter(v -> pattern.matcher(v).matches()).isEmpty()) {
                failWithMessage("Expected every call to %s to carry header %s matching %s, but one did not",
                        endepunkt, name, regex);
            }
        }
        return this;
    }
}
