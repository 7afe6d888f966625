package no.blaresept.auth;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user login asks HelseID for: where the browser returns ({@code redirect_uri}), which
 * scopes (by default {@code openid profile offline_access} plus the ones added), and an optional
 * {@code prompt}. HelseID decides the security level from the identity provider the user picks;
 * the Blåresept APIs need level 4 (T-2.2).
 *
 * <p>Immutable and thread-safe.
 */
public final class UserLoginRequest {

    /** Scopes every login asks for: OpenID Connect identity and a refresh token. */
    public static final Set<String> DEFAULT_SCOPES = Set.of("openid", "profile", "offline_access");

    private final URI redirectUri;
    private final Set<String> scopes;
    private final Optional<String> prompt;

    private UserLoginRequest(URI redirectUri, Set<String> scopes, Optional<String> prompt) {
        this.redirectUri = redirectUri;
        this.scopes = scopes;
        this.prompt = prompt;
    }

    /**
     * A login with the default scopes plus {@code scopes}.
     *
     * @param redirectUri the redirect URI registered for the client (often a loopback URI for desktop EPJs)
     * @param scopes      API scopes to add, e.g. {@code hdir:blareseptsoknad/soknad}
     * @return the request
     */
    public static UserLoginRequest of(URI redirectUri, Set<String> scopes) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scopes, "scopes");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be absolute: " + redirectUri);
        }
        Set<String> all = new LinkedHashSet<>(DEFAULT_SCOPES);
        all.addAll(scopes);
        return new UserLoginRequest(redirectUri, Set.copyOf(all), Optional.empty());
    }

    /**
     * The same request with an OpenID Connect {@code prompt}, e.g. {@code login} to force a new login.
     *
     * @param prompt the prompt value
     * @return a copy with the prompt
     */
    public UserLoginRequest withPrompt(String prompt) {
        return new UserLoginRequest(redirectUri, scopes, Optional.of(Objects.requireNonNull(prompt, "prompt")));
    }

    /** The redirect URI. */
    public URI redirectUri() {
        return redirectUri;
    }

    /** All scopes asked for. */
    public Set<String> scopes() {
        return scopes;
    }

    /** The {@code prompt}, if any. */
    public Optional<String> prompt() {
        return prompt;
    }

    @Override
    public String toString() {
        return "UserLoginRequest[redirectUri=" + redirectUri + ", scopes=" + scopes + prompt.map(p -> ", prompt=" + p).orElse("") + "]";
    }
}
