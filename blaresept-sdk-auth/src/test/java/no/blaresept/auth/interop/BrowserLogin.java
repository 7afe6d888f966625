package no.blaresept.auth.interop;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the user's browser in the authorization code flow: opens the authorization URL, follows
 * Keycloak's redirects with cookies, submits its login form and stops at the redirect back to the
 * client, whose query parameters ({@code code}, {@code state}, {@code iss}) it returns. The EPJ's
 * part of the flow in real life.
 *
 * <p>Not thread-safe: one instance is one browser session.
 */
final class BrowserLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure(?=;|$)");
    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Opens the authorization URL until Keycloak shows a page.
     *
     * @param authorizationUri the URL the provider built
     * @return the login page
     */
    HttpResponse<String> open(URI authorizationUri) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(authorizationUri).GET());
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() == 302; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    /**
     * Logs in on the page {@link #open} returned and reads the redirect back to the client.
     *
     * @param loginPage   the page with Keycloak's login form
     * @param redirectUri the client's redirect URI, where the flow must end
     * @param username    the user
     * @param password    the user's password
     * @return the redirect's query parameters
     * @throws IllegalStateException when there is no login form or the flow ends elsewhere
     */
    Map<String, String> logIn(HttpResponse<String> loginPage, URI redirectUri, String username, String password)
            throws IOException, InterruptedException {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        Matcher action = form.find() ? ACTION.matcher(form.group()) : ACTION.matcher("");
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form on the page (HTTP " + loginPage.statusCode() + ")");
        }
        URI target = loginPage.uri().resolve(action.group(1).replace("&amp;", "&"));
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> response = send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.startsWith(redirectUri + "?")) {
            throw new IllegalStateException("login did not redirect to the client: HTTP " + response.statusCode()
                    + " to '" + location + "'");
        }
        return query(URI.create(location));
    }

    /**
     * Keycloak marks its session cookies {@code Secure} even on http://127.0.0.1 (browsers treat
     * loopback as a secure context); {@link CookieManager} would then never send them back over http.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> insecure = new LinkedHashMap<>();
            responseHeaders.forEach((name, values) -> insecure.put(name, name == null || !name.equalsIgnoreCase("Set-Cookie")
                    ? values : values.stream().map(v -> SECURE.matcher(v).replaceAll("")).toList()));
            cookies.put(uri, insecure);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
