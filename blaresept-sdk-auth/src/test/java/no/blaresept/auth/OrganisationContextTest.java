package no.blaresept.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationContextTest {

    static final OrganisationNumber PARENT = OrganisationNumber.of("999977775");
    static final OrganisationNumber CHILD = OrganisationNumber.of("999944446");

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "12345678a", "123 45678", "١٢٣٤٥٦٧٨٩"})
    void organisationNumberMustBeNineAsciiDigits(String bad) {
        assertThatThrownBy(() -> OrganisationNumber.of(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 digits");
    }

    @Test
    void singleTenantNamesTheChildUnderTheHelseIdSystem() {
        OrganisationContext org = OrganisationContext.singleTenant(CHILD);

        assertThat(org.identifierValue()).isEqualTo("999944446");
        assertThat(org.assertionDetails().get(0).toString())
                .contains("urn:oid:2.16.578.1.12.4.1.4.101").contains("helseid_authorization");
    }

    @Test
    void multiTenantNamesParentAndOptionalChild() {
        assertThat(OrganisationContext.multiTenant(PARENT).identifierValue()).isEqualTo("NO:ORGNR:999977775");
        assertThat(OrganisationContext.multiTenant(PARENT, CHILD).identifierValue())
                .isEqualTo("NO:ORGNR:999977775:999944446");
        assertThat(OrganisationContext.multiTenant(PARENT).assertionDetails().get(0).toString())
                .contains("urn:oid:1.0.6523");
    }

    @Test
    void contextsAreEqualByValue() {
        assertThat(OrganisationContext.multiTenant(PARENT, CHILD)).isEqualTo(OrganisationContext.multiTenant(PARENT, CHILD))
                .isNotEqualTo(OrganisationContext.multiTenant(PARENT))
                .isNotEqualTo(OrganisationContext.singleTenant(CHILD));
    }
}
