package no.blaresept.sdk.spi;

/**
 * Authenticates each request the SDK sends to a Blåresept API (T-2.4: the HelseID token goes with
 * every request). {@code blaresept-sdk-auth}'s {@code HelseIdTokenProvider} implements it with
 * DPoP-bound HelseID tokens; {@link #bearer(AccessTokenSource)} adapts any plain token source.
 *
 * <p>Implementations must be thread-safe: one instance serves every call of a shared client, from
 * many threads at once. {@link #authorize} may block (to fetch or renew a token); the SDK calls it
 * on its own executor for asynchronous calls.
 */
public interface RequestAuthenticator {

    /**
     * Returns the headers that authenticate this one request. Called for every attempt, so a DPoP
     * proof is fresh each time.
     *
     * @param request the method, URI and scope of the request about to be sent
     * @return the headers to add
     * @throws RuntimeException a typed error of the implementation when no credentials can be had
     */
    AuthorizationHeaders authorize(ApiRequest request);

    /**
     * Told when the API refused the credentials (401, or a DPoP nonce demand). Returns whether sending
     * the same request once more, with fresh headers from {@link #authorize}, may succeed — e.g. after
     * storing the server's DPoP nonce or dropping a revoked token. The SDK retries at most once per
     * request, and never for a send whose bytes may have been processed.
     *
     * @param request   the request that was refused
     * @param challenge the refusal's status and headers
     * @return {@code true} to retry once with fresh headers
     */
    default boolean onChallenge(ApiRequest request, AuthChallenge challenge) {
        return false;
    }

    /** Adapts a plain token source: {@code Authorization: Bearer <token>} with the endpoint's scope. */
    static RequestAuthenticator bearer(AccessTokenSource tokens) {
        java.util.Objects.requireNonNull(tokens, "tokens");
        return request -> AuthorizationHeaders.bearer(tokens.accessToken(request.scope()));
    }
}
