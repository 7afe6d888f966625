package no.blaresept.examples.docs;

// region::imports
import java.awt.Desktop;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.Brukeridentitet;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.LoopbackRedirectReceiver;
import no.blaresept.auth.OrganisationContext;
import no.blaresept.auth.OrganisationNumber;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Environment;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
// end::imports

/**
 * The snippets of docs/helseid.md that need HelseID's test environment or a browser: compiled, not run.
 * {@link HelseIdDocTest} runs the user login and the testkit setup against the mock STS.
 */
final class HelseIdDoc {

    /** How the EPJ lets the doctor log in: opens the address, returns the redirect it came back to. */
    interface Browser {
        URI logIn(URI authorizationUri) throws IOException, InterruptedException;
    }

    private HelseIdDoc() {
    }

    static BlareseptClient clientCredentials() {
        // region::client-credentials
        HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")          // exactly as the discovery document names it
                .clientId("my-epj-client")
                .clientKey(ClientKey.ofJwkFile(Path.of("/secure/helseid-key.json")))
                .build());

        BlareseptClient client = BlareseptClient.builder()
                .environment(Environment.TEST)
                .epjSystem("MyEPJ", "4.2")
                .authentication(helseId)                              // T-2.4: every request gets its token + proof
                .build();
        // end::client-credentials
        return client;
    }

    static AuthorizationHeaders otherApi(HelseIdTokenProvider helseId, URI uri) {
        // region::other-api
        AccessToken token = helseId.accessToken(Set.of("nhn:some-api/scope"));
        AuthorizationHeaders headers = helseId.authorize("GET", uri, token);   // Authorization + DPoP
        // end::other-api
        return headers;
    }

    static ClientKey pemKey() {
        // region::pem-key
        ClientKey key = ClientKey.ofPemFile(Path.of("/secure/helseid.pem"), "my-kid").withAlgorithm("RS256");
        // end::pem-key
        return key;
    }

    /** The user login of helseid.md; {@link HelseIdDocTest} runs it with the mock STS as the browser. */
    static BlareseptClient userLogin(HelseIdTokenProvider helseId, URI redirectUri, Browser browser)
            throws IOException, InterruptedException {
        // region::user-login
        UserLogin login = helseId.beginUserLogin(UserLoginRequest.of(
                redirectUri,                                   // registered, e.g. https://epj.example/helseid/callback
                Set.of(BlareseptScope.SOKNAD.value(), BlareseptScope.REGEL.value())));
        URI redirect = browser.logIn(login.authorizationUri());   // yours: open the browser, catch the redirect
        UserSession session = helseId.completeUserLogin(login, redirect);
        Brukeridentitet user = session.identity();     // who logged in (ID token, validated)
        BlareseptClient client = BlareseptClient.builder()
                .environment(Environment.TEST)              // required, as for client credentials
                .epjSystem("MyEPJ", "4.2")                  // required
                .authentication(session)                    // the user's tokens from now on
                .build();
        // end::user-login
        return client;
    }

    static UserSession loopback(HelseIdTokenProvider helseId, Set<String> scopes) throws IOException {
        // region::loopback
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            UserLogin login = helseId.beginUserLogin(UserLoginRequest.of(receiver.redirectUri(), scopes));
            Desktop.getDesktop().browse(login.authorizationUri());
            UserSession session = helseId.completeUserLogin(login, receiver.awaitRedirect(Duration.ofMinutes(5)));
            // end::loopback
            return session;
            // region::loopback
        }
        // end::loopback
    }

    static HelseIdTokenProvider organisations(HelseIdTokenProvider helseId, ClientKey key) {
        // region::organisation
        // single-tenant: the client acts for one of its child organisations
        HelseIdConfig config = HelseIdConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")
                .clientId("my-epj-client")
                .clientKey(key)
                .organisation(OrganisationContext.singleTenant(OrganisationNumber.of("999944446")))
                .build();

        // multi-tenant: one view per tenant, sharing keys, nonces and threads
        HelseIdTokenProvider legekontorA = helseId.forOrganisation(
                OrganisationContext.multiTenant(OrganisationNumber.of("999977775"), OrganisationNumber.of("999944446")));
        // end::organisation
        return HelseIdTokenProvider.of(config);
    }

    static HelseIdConfig network(SSLContext helsenettTrust) {
        // region::network
        // helsenettTrust: an SSLContext that trusts the CA of the STS's certificate
        HelseIdConfig config = HelseIdConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")
                .clientId("my-epj-client")
                .clientKey(ClientKey.ofJwkFile(Path.of("/secure/helseid-key.json")))
                .httpClient(HttpClient.newBuilder()
                        .proxy(ProxySelector.of(new InetSocketAddress("proxy.helsenett.example", 3128)))
                        .sslContext(helsenettTrust)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build())
                .requestTimeout(Duration.ofSeconds(10))
                .build();
        // end::network
        return config;
    }
}
