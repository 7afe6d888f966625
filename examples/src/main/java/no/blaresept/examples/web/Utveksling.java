package no.blaresept.examples.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer, with the few things this server needs: a bounded body, form fields, the
 * session cookie, and answers that are never cached and allow only this server's own scripts and styles.
 *
 * <p>Not thread-safe: one per request.
 */
final class Utveksling {
    static final String OKT_COOKIE = "okt";
    private final HttpExchange ex;

    Utveksling(HttpExchange ex) {
        this.ex = ex;
    }

    String metode() {
        return ex.getRequestMethod();
    }

    String sti() {
        return ex.getRequestURI().getPath();
    }

    /** The body, or empty when it is longer than {@code maksBytes} (read no further than that). */
    Optional<byte[]> kropp(int maksBytes) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream inn = ex.getRequestBody()) {
            for (int n; (n = inn.read(buffer)) >= 0; ) {
                if (ut.size() + n > maksBytes) {
                    return Optional.empty();
                }
                ut.write(buffer, 0, n);
            }
        }
        return Optional.of(ut.toByteArray());
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body; the last of repeated names wins. */
    Map<String, String> skjemafelt(int maksBytes) throws IOException {
        Map<String, String> felt = new HashMap<>();
        String kropp = new String(kropp(maksBytes).orElse(new byte[0]), StandardCharsets.UTF_8);
        for (String par : kropp.split("&")) {
            if (!par.isEmpty()) {
                int lik = par.indexOf('=');
                String navn = lik < 0 ? par : par.substring(0, lik);
                String verdi = lik < 0 ? "" : par.substring(lik + 1);
                felt.put(URLDecoder.decode(navn, StandardCharsets.UTF_8), URLDecoder.decode(verdi, StandardCharsets.UTF_8));
            }
        }
        return felt;
    }

    /** A request header, if sent. */
    Optional<String> header(String navn) {
        return Optional.ofNullable(ex.getRequestHeaders().getFirst(navn));
    }

    /** The session id from the cookie, if the browser sent one. */
    Optional<String> oktId() {
        String cookies = ex.getRequestHeaders().getFirst("Cookie");
        if (cookies == null) {
            return Optional.empty();
        }
        for (String c : cookies.split(";")) {
            String[] navnVerdi = c.trim().split("=", 2);
            if (navnVerdi.length == 2 && navnVerdi[0].equals(OKT_COOKIE)) {
                return Optional.of(navnVerdi[1]);
            }
        }
        return Optional.empty();
    }

    /** Sets the session cookie: not readable by scripts, never sent by other sites. */
    void settOkt(String id) {
        ex.getResponseHeaders().add("Set-Cookie", OKT_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    }

    /** Ends the session cookie. */
    void slettOkt() {
        ex.getResponseHeaders().add("Set-Cookie", OKT_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    /** Post/redirect/get: a reload never repeats a POST (and so never sends an application twice). */
    void videre(String sti) throws IOException {
        ex.getResponseHeaders().set("Location", sti);
        svar(303, "text/plain; charset=utf-8", new byte[0]);
    }

    void html(int status, String html) throws IOException {
        svar(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void json(int status, String json) throws IOException {
        svar(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    void svar(int status, String type, byte[] innhold) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'");
        ex.sendResponseHeaders(status, innhold.length == 0 ? -1 : innhold.length);
        try (OutputStream ut = ex.getResponseBody()) {
            ut.write(innhold);
        }
    }
}
