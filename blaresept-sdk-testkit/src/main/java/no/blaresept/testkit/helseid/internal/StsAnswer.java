package no.blaresept.testkit.helseid.internal;

import java.util.Map;

/**
 * One answer of the mock STS.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status  HTTP status
 * @param headers response headers
 * @param body    response body (JSON, or empty)
 */
public record StsAnswer(int status, Map<String, String> headers, String body) {
}
