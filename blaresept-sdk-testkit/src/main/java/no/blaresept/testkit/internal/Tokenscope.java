package no.blaresept.testkit.internal;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testkit.BlareseptMockServer;

/**
 * Reads which scopes an access token was issued for, where the token says so: the testkit's fixed
 * test tokens name their scope, and a JWT (the mock HelseID's) carries a {@code scope} claim. The
 * token is only read, never verified — the access check does that — and never kept. Stateless.
 */
final class Tokenscope {

    private Tokenscope() {
    }

    /** The scopes of the token in an {@code Authorization} header; empty when it does not tell. */
    static Optional<Set<String>> av(Optional<String> authorization) {
        return authorization.map(h -> h.substring(h.indexOf(' ') + 1).strip()).flatMap(Tokenscope::scopes);
    }

    private static Optional<Set<String>> scopes(String token) {
        if (token.startsWith(BlareseptMockServer.TESTTOKEN_PREFIX)) {
            String navn = token.substring(BlareseptMockServer.TESTTOKEN_PREFIX.length()).toUpperCase(Locale.ROOT);
            for (BlareseptScope s : BlareseptScope.values()) {
                if (s.name().equals(navn)) {
                    return Optional.of(Set.of(s.value()));
                }
            }
            return Optional.of(Set.of());
        }
        try {
            Object scope = JWTParser.parse(token).getJWTClaimsSet().getClaim("scope");
            if (scope instanceof String tekst) {
                return Optional.of(Set.copyOf(Arrays.asList(tekst.split(" +"))));
            }
            return scope instanceof List<?> liste
                    ? Optional.of(Set.copyOf(liste.stream().map(String::valueOf).toList()))
                    : Optional.empty();
        } catch (ParseException ikkeJwt) {
            return Optional.empty();
        }
    }
}
