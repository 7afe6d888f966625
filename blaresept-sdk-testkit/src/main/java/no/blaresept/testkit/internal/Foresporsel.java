package no.blaresept.testkit.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as the mock received it, independent of WireMock's types: method, path, headers
 * (looked up case-insensitively), query, body and when it arrived. Immutable.
 */
final class Foresporsel {

    static final String CORRELATION_ID = "X-Correlation-ID";

    private final String metode;
    private final String sti;
    private final URI url;
    private final Map<String, List<String>> headers;
    private final LoggedRequest kilde;
    private final Instant tid;

    private Foresporsel(LoggedRequest req, Instant tid) {
        this.kilde = req;
        this.metode = req.getMethod().getName();
        this.url = URI.create(req.getAbsoluteUrl());
        this.sti = url.getPath();
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader h : req.getHeaders().all()) {
            map.put(h.key(), List.copyOf(h.values()));
        }
        this.headers = Collections.unmodifiableMap(map);
        this.tid = tid;
    }

    static Foresporsel av(LoggedRequest req) {
        return new Foresporsel(req, Instant.now());
    }

    String metode() {
        return metode;
    }

    String sti() {
        return sti;
    }

    URI url() {
        return url;
    }

    Instant tid() {
        return tid;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, if present. */
    Optional<String> header(String navn) {
        List<String> verdier = headers.get(navn);
        return verdier == null || verdier.isEmpty() ? Optional.empty() : Optional.of(verdier.get(0));
    }

    Optional<String> correlationId() {
        return header(CORRELATION_ID);
    }

    Optional<String> query(String navn) {
        return Optional.ofNullable(kilde.queryParameter(navn)).filter(QueryParameter::isPresent)
                .map(QueryParameter::firstValue);
    }

    byte[] body() {
        byte[] body = kilde.getBody();
        return body == null ? new byte[0] : body;
    }
}
