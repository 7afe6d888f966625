package no.blaresept.sdk.spi;

/**
 * The simplest way to plug in credentials: hand out a bearer access token for a scope. Use
 * {@link RequestAuthenticator#bearer(AccessTokenSource)} to turn it into an authenticator; for
 * DPoP-bound HelseID tokens use {@code blaresept-sdk-auth} instead, which needs the whole request.
 *
 * <p>Implementations must be thread-safe and should cache tokens: it is called for every request.
 */
@FunctionalInterface
public interface AccessTokenSource {

    /**
     * Returns a currently valid access token for the scope.
     *
     * @param scope the scope the endpoint requires
     * @return the token, without the {@code Bearer} prefix
     */
    String accessToken(BlareseptScope scope);
}
