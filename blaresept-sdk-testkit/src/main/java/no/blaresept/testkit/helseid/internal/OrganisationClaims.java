package no.blaresept.testkit.helseid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a client assertion's {@code assertion_details} ({@code helseid_authorization}) into the
 * organisation claims HelseID puts in its tokens, so tests can see which organisation a token was
 * issued for.
 */
final class OrganisationClaims {

    static final String PARENT = "helseid://claims/client/claims/orgnr_parent";
    static final String CHILD = "helseid://claims/client/claims/orgnr_child";

    private OrganisationClaims() {
    }

    static Map<String, Object> from(Optional<Object> details) {
        Map<String, Object> claims = new LinkedHashMap<>();
        identifierValue(details).ifPresent(value -> {
            if (value.startsWith("NO:ORGNR:")) {
                String[] parts = value.substring("NO:ORGNR:".length()).split(":");
                claims.put(PARENT, parts[0]);
                if (parts.length > 1) {
                    claims.put(CHILD, parts[1]);
                }
            } else {
                claims.put(CHILD, value);
            }
        });
        return claims;
    }

    private static Optional<String> identifierValue(Optional<Object> details) {
        if (details.isEmpty() || !(details.get() instanceof List<?> list) || list.isEmpty()
                || !(list.get(0) instanceof Map<?, ?> detail) || !"helseid_authorization".equals(detail.get("type"))) {
            return Optional.empty();
        }
        Object v = path(detail, "practitioner_role", "organization", "identifier", "value");
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private static @Nullable Object path(Object node, String... keys) {
        Object current = node;
        for (String k : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(k);
        }
        return current;
    }
}
