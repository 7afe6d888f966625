package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample set other modules rely on: loadable, versioned, realistic in shape. */
class EksempelskjemaTest {

    @ParameterizedTest
    @EnumSource(Eksempelskjema.Del.class)
    void everySampleBuildsAVersionedModelWithoutUnknownKeywords(Eksempelskjema.Del del) {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.of(del));

        assertThat(m.versjon()).isPresent();
        assertThat(m.ukjenteNokkelord()).isEmpty();
        assertThat(Eksempelskjema.of(del).path("description").asText()).contains("Ikke Helsedirektoratets skjema");
    }

    @Test
    void fullFormHasAboutTwoHundredFieldsOfEveryKind() {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.soknad());

        assertThat(m.felter()).hasSizeBetween(190, 260);
        assertThat(m.felter()).extracting(Felt::type).containsAll(EnumSet.complementOf(EnumSet.of(FeltType.UKJENT)));
        assertThat(m.felter()).anyMatch(Felt::skrivebeskyttet).anyMatch(Felt::betinget)
                .anyMatch(f -> f.beskrivelse().map(String::length).orElse(0) > 200);
        assertThat(m.felt("/avsender/lege/hprNummer")).isPresent();
        assertThat(m.felt("/hjemmel").orElseThrow().kodeverk().get(0).koder()).hasSize(3);
    }

    @Test
    void partsGrowFromDel1ToDel3AndDel3IsTheFullForm() {
        Set<String> del1 = stier(Eksempelskjema.Del.DEL1);
        Set<String> del2 = stier(Eksempelskjema.Del.DEL2);
        Set<String> del3 = stier(Eksempelskjema.Del.DEL3);

        assertThat(del2).containsAll(del1).contains("/diagnoser/-/kode", "/tilleggsopplysninger");
        assertThat(del1).doesNotContain("/diagnoser");
        assertThat(del3).containsAll(del2).contains("/vedlegg/-/innhold");
        assertThat(del3).isEqualTo(stier(Eksempelskjema.Del.SOKNAD));
    }

    @Test
    void resourceNamesAreStable() {
        assertThat(List.of(Eksempelskjema.Del.values())).extracting(Eksempelskjema.Del::ressurs).containsExactly(
                "/no/blaresept/schema/eksempel/del1.json", "/no/blaresept/schema/eksempel/del2.json",
                "/no/blaresept/schema/eksempel/del3.json", "/no/blaresept/schema/eksempel/soknad.json",
                "/no/blaresept/schema/eksempel/soknad-minor.json", "/no/blaresept/schema/eksempel/soknad-major.json");
    }

    private static Set<String> stier(Eksempelskjema.Del del) {
        return SkjemaModell.of(Eksempelskjema.of(del)).felter().stream().map(Felt::sti).collect(Collectors.toSet());
    }
}
