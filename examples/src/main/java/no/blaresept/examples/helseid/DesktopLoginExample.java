package no.blaresept.examples.helseid;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import no.blaresept.auth.Brukeridentitet;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.LoopbackRedirectReceiver;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;

/**
 * A desktop EPJ's user login (RFC 8252 §7.3): a {@link LoopbackRedirectReceiver} on 127.0.0.1, the
 * system browser for the login, then the user's identity and token, printed without the personal
 * identification number or the token. Register {@code http://127.0.0.1/callback} as the client's
 * redirect URI (HelseID accepts any port on loopback).
 *
 * <pre>
 * java -cp examples/target/blaresept-examples.jar no.blaresept.examples.helseid.DesktopLoginExample helseid.properties
 * java -cp examples/target/blaresept-examples.jar no.blaresept.examples.helseid.DesktopLoginExample --mock
 * </pre>
 *
 * The properties file is the token example's ({@link TokenExampleConfig}); {@code --mock} runs
 * against the testkit's mock STS with a scripted browser. Stateless: each call of
 * {@code logIn} is one login with its own receiver, so calls may run on different threads.
 */
public final class DesktopLoginExample {

    /** How long the user has to log in. */
    static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(5);

    /** Opens a URL for the user: the system browser in real life, a script in tests. */
    interface Browser {
        void open(URI uri) throws IOException, InterruptedException;
    }

    private DesktopLoginExample() {
    }

    /**
     * Runs the login.
     *
     * @param args the configuration file, or {@code --mock}
     */
    public static void main(String[] args) {
        ExampleRunner.main("DesktopLoginExample", args, DesktopLoginExample::runOnMock, DesktopLoginExample::run);
    }

    static int run(Path configFile, PrintStream out) {
        return ExampleRunner.withProvider(configFile, out,
                (config, provider) -> logIn(provider, config.scopes(), DesktopLoginExample::openSystemBrowser, out));
    }

    /**
     * The login itself: what a desktop EPJ copies.
     *
     * @param helseId the provider
     * @param scopes  the Blåresept scopes the user's token needs
     * @param browser opens the authorization URL
     * @param out     where to print
     * @return the exit code: 0 logged in, 1 refused or not completed
     */
    static int logIn(HelseIdTokenProvider helseId, Set<String> scopes, Browser browser, PrintStream out) {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            UserLogin login = helseId.beginUserLogin(UserLoginRequest.of(receiver.redirectUri(), scopes));
            browser.open(login.authorizationUri());
            UserSession session = helseId.completeUserLogin(login, receiver.awaitRedirect(LOGIN_TIMEOUT));
            Brukeridentitet user = session.identity();
            out.println("user:            " + user.subject());
            out.println("HPR number:      " + user.hprNummer().orElse("(none)"));
            out.println("security level:  " + user.sikkerhetsniva().orElse("(not stated)"));
            out.println("fødselsnummer:   " + (user.fodselsnummer().isPresent() ? "received (not shown)" : "(none)"));
            out.println("token type:      " + session.accessToken().type());
            out.println("scopes:          " + String.join(" ", session.accessToken().scopes()));
            out.println("refreshable:     " + session.canRefresh());
            return 0;
        } catch (HelseIdException e) {
            out.println("login failed: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("the browser cannot be opened: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted");
            return 1;
        }
    }

    private static void openSystemBrowser(URI uri) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(uri);
        } else {
            System.out.println("open this address in a browser to log in: " + uri);
        }
    }

    /** Logs in at the mock STS; its simulated login stands in for the user, an HTTP client for the browser. */
    static int runOnMock(PrintStream out) {
        try (MockHelseIdSts sts = MockHelseIdSts.start()) {
            MockHelseIdClient client = sts.registerClient("desktop-epj");
            HttpClient browser = HttpClient.newHttpClient();
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(HelseIdConfig.builder()
                    .issuer(sts.issuer()).clientId(client.clientId()).clientKey(client.clientKey()).build())) {
                return logIn(provider, Set.of("hdir:blareseptsoknad/soknad"), uri -> browser.send(
                        HttpRequest.newBuilder(sts.simulateUserLogin(uri)).build(), HttpResponse.BodyHandlers.discarding()), out);
            }
        }
    }
}
