package no.blaresept.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation a HelseID token is issued for, sent in the client assertion as
 * {@code assertion_details} holding a {@code helseid_authorization} object (NHN's documented
 * format). A single-tenant client names the child organisation it acts for (identifier system
 * {@code urn:oid:2.16.578.1.12.4.1.4.101}); a multi-tenant client names the parent organisation and
 * optionally a child as {@code NO:ORGNR:<parent>[:<child>]} (system {@code urn:oid:1.0.6523}).
 * Tokens are cached per organisation context.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrganisationContext {

    static final String SINGLE_TENANT_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";
    static final String MULTI_TENANT_SYSTEM = "urn:oid:1.0.6523";

    private final boolean multiTenant;
    private final Optional<OrganisationNumber> parent;
    private final Optional<OrganisationNumber> child;

    private OrganisationContext(boolean multiTenant, Optional<OrganisationNumber> parent,
                                Optional<OrganisationNumber> child) {
        this.multiTenant = multiTenant;
        this.parent = parent;
        this.child = child;
    }

    /**
     * A single-tenant client acting for one of its child organisations.
     *
     * @param child the child organisation (e.g. the legekontor)
     */
    public static OrganisationContext singleTenant(OrganisationNumber child) {
        Objects.requireNonNull(child, "child");
        return new OrganisationContext(false, Optional.empty(), Optional.of(child));
    }

    /**
     * A multi-tenant client acting for a parent organisation only.
     *
     * @param parent the tenant's legal entity
     */
    public static OrganisationContext multiTenant(OrganisationNumber parent) {
        Objects.requireNonNull(parent, "parent");
        return new OrganisationContext(true, Optional.of(parent), Optional.empty());
    }

    /**
     * A multi-tenant client acting for a child of a parent organisation.
     *
     * @param parent the tenant's legal entity
     * @param child  the sub-unit the user works for
     */
    public static OrganisationContext multiTenant(OrganisationNumber parent, OrganisationNumber child) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        return new OrganisationContext(true, Optional.of(parent), Optional.of(child));
    }

    /** Whether this is a multi-tenant context. */
    public boolean isMultiTenant() {
        return multiTenant;
    }

    /** The parent organisation (multi-tenant only). */
    public Optional<OrganisationNumber> parent() {
        return parent;
    }

    /** The child organisation, if named. */
    public Optional<OrganisationNumber> child() {
        return child;
    }

    /** The identifier value HelseID expects: the child's digits, or {@code NO:ORGNR:<parent>[:<child>]}. */
    public String identifierValue() {
        if (!multiTenant) {
            return child.orElseThrow().value();
        }
        return "NO:ORGNR:" + parent.orElseThrow().value() + child.map(c -> ":" + c.value()).orElse("");
    }

    /** The {@code assertion_details} claim value: a list with one {@code helseid_authorization} object. */
    public List<Map<String, Object>> assertionDetails() {
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("system", multiTenant ? MULTI_TENANT_SYSTEM : SINGLE_TENANT_SYSTEM);
        identifier.put("type", "ENH");
        identifier.put("value", identifierValue());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", "helseid_authorization");
        detail.put("practitioner_role", Map.of("organization", Map.of("identifier", identifier)));
        return List.of(detail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationContext other && multiTenant == other.multiTenant
                && parent.equals(other.parent) && child.equals(other.child);
    }

    @Override
    public int hashCode() {
        return Objects.hash(multiTenant, parent, child);
    }

    /** Organisation numbers are public register data, so they are shown. */
    @Override
    public String toString() {
        return "OrganisationContext[" + (multiTenant ? "multi-tenant " : "single-tenant ") + identifierValue() + "]";
    }
}
