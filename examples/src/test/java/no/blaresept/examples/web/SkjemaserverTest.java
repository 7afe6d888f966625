package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over plain HTTP, for what a browser test cannot make happen on purpose. */
class SkjemaserverTest {
    private static final Pattern SIDENUMMER = Pattern.compile("data-sidenummer=\"(\\d+)\"");
    private static BlareseptMockServer mock;
    private static BlareseptClient client;
    private static Skjemaserver server;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() {
        mock = BlareseptMockServer.start();
        client = mock.clientBuilder().build();
        server = Skjemaserver.start(client, InetAddress.getLoopbackAddress(), 0);
    }

    @AfterAll
    static void stopp() {
        server.close();
        client.close();
        mock.close();
    }

    private HttpResponse<String> post(String sti, String type, String kropp, String... headere) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.adresse().resolve(sti)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(kropp));
        for (int i = 0; i < headere.length; i += 2) {
            b.header(headere[i], headere[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> skjema(String kropp) throws IOException, InterruptedException {
        return post("/skjema", "application/x-www-form-urlencoded", kropp);
    }

    private HttpResponse<String> felt(String sidenummer, String sti, String verdi) throws IOException, InterruptedException {
        return post("/felt", "application/json", "{\"sti\":\"" + sti + "\",\"verdi\":\"" + verdi + "\"}",
                "X-Sidenummer", sidenummer);
    }

    private static String sidenummer(String side) {
        Matcher m = SIDENUMMER.matcher(side);
        assertThat(m.find()).as("the form carries its page number").isTrue();
        return m.group(1);
    }

    @Test
    void aLiveChangeFromAPageAlreadyPostedCannotOverwriteWhatThePostTookOver() throws Exception {
        post("/start", "application/x-www-form-urlencoded", "fodselsnummer=" + Testpasient.INGEN_VEDTAK.fodselsnummer().value()
                + "&hjemmel=BLARESEPTFORSKRIFTEN_3&atc=A10BJ06");
        String del1 = post("/soknad", "application/x-www-form-urlencoded", "").body();
        String gammel = sidenummer(del1);
        assertThat(felt(gammel, "/pasient/hoyde", "150").statusCode()).isEqualTo(200);

        String etterPost = skjema(URLEncoder.encode("/pasient/hoyde", StandardCharsets.UTF_8) + "=180&handling="
                + URLEncoder.encode("legg-til /finnes-ikke", StandardCharsets.UTF_8)).body();
        assertThat(sidenummer(etterPost)).isNotEqualTo(gammel);

        HttpResponse<String> sen = felt(gammel, "/pasient/hoyde", "12");
        assertThat(sen.statusCode()).isEqualTo(409);
        assertThat(felt("", "/pasient/hoyde", "12").statusCode()).isEqualTo(409);
        String side = http.send(HttpRequest.newBuilder(server.adresse().resolve("/skjema")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(side).contains("name=\"/pasient/hoyde\" value=\"180\"");
    }

    @Test
    void withoutASessionEveryPageLeadsToTheStart() throws Exception {
        HttpClient fremmed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String sti : new String[] {"/skjema", "/vedtak", "/utfall", "/kontroll"}) {
            HttpResponse<String> svar = fremmed.send(HttpRequest.newBuilder(server.adresse().resolve(sti)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(svar.statusCode()).as(sti).isEqualTo(303);
            assertThat(svar.headers().firstValue("Location")).contains("/");
        }
    }

    @Test
    void listensOnLoopbackAndAnswersWithoutCachingAndWithAStrictContentPolicy() throws Exception {
        URI adresse = server.adresse();
        assertThat(InetAddress.getByName(adresse.getHost()).isLoopbackAddress()).isTrue();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(adresse).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(start.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    }
}
