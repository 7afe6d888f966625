package no.blaresept.auth;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user login asks HelseID for: where the browser returns ({@code redirect_uri}), which
 * scopes (exactly {@code openid} plus the ones given; a refresh token or profile claims only when
 * asked for with {@link #withRefreshToken()} or {@link #withProfile()}), and an optional
 * {@code prompt}. A strict STS refuses the whole request when one scope is not granted to the
 * client, so nothing is added behind the caller's back. HelseID decides the security level from the
 * identity provider the user picks; the Blåresept APIs need level 4 (T-2.2).
 *
 * <p>Immutable and thread-safe.
 */
public final class UserLoginRequest {

    /** The scope every login asks for: OpenID Connect, so the STS returns an ID token. */
    public static final String OPENID = "openid";
    /** The scope that asks for a refresh token. */
    public static final String OFFLINE_ACCESS = "offline_access";
    /** The scope that asks for the user's name in the ID token. */
    public static final String PROFILE = "profile";

    private final URI redirectUri;
    private final Set<String> scopes;
    private final Optional<String> prompt;

    private UserLoginRequest(URI redirectUri, Set<String> scopes, Optional<String> prompt) {
        this.redirectUri = redirectUri;
        this.scopes = scopes;
        this.prompt = prompt;
    }

    /**
     * A login asking for {@code openid} plus {@code scopes}, nothing else.
     *
     * @param redirectUri the redirect URI registered for the client (often a loopback URI for desktop EPJs)
     * @param scopes      API scopes, e.g. {@code hdir:blareseptsoknad/soknad}
     * @return the request
     * @throws IllegalArgumentException when the redirect URI is relative or a scope is blank or holds whitespace
     */
    public static UserLoginRequest of(URI redirectUri, Set<String> scopes) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scopes, "scopes");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be absolute: " + redirectUri);
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(OPENID);
        for (String scope : scopes) {
            all.add(requireScope(scope));
        }
        return new UserLoginRequest(redirectUri, Set.copyOf(all), Optional.empty());
    }

    /**
     * The same request also asking for a refresh token ({@code offline_access}), so the session
     * renews itself; the client must be granted that scope.
     *
     * @return a copy with {@code offline_access}
     */
    public UserLoginRequest withRefreshToken() {
        return withScope(OFFLINE_ACCESS);
    }

    /**
     * The same request also asking for the user's name ({@code profile}); the client must be granted it.
     *
     * @return a copy with {@code profile}
     */
    public UserLoginRequest withProfile() {
        return withScope(PROFILE);
    }

    /**
     * The same request with an OpenID Connect {@code prompt}, e.g. {@code login} to force a new login
     * even when the browser still has a session at the STS.
     *
     * @param prompt the prompt value
     * @return a copy with the prompt
     * @throws IllegalArgumentException when the prompt is blank
     */
    public UserLoginRequest withPrompt(String prompt) {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("prompt must not be blank");
        }
        return new UserLoginRequest(redirectUri, scopes, Optional.of(prompt));
    }

    private UserLoginRequest withScope(String scope) {
        Set<String> all = new LinkedHashSet<>(scopes);
        all.add(scope);
        return new UserLoginRequest(redirectUri, Set.copyOf(all), prompt);
    }

    private static String requireScope(String scope) {
        Objects.requireNonNull(scope, "scopes contains null");
        if (scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("scope must be one non-blank word without whitespace: '" + scope + "'");
        }
        return scope;
    }

    /** The redirect URI. */
    public URI redirectUri() {
        return redirectUri;
    }

    /** All scopes asked for, {@code openid} included. */
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
