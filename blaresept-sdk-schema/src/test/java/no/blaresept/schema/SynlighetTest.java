package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Visible and required now, for every conditional keyword the model interprets. Serves F-2.9, F-4.6. */
class SynlighetTest {

    @Test
    void requiredAppliesOnlyWhenTheParentObjectExists() {
        SkjemaModell m = modell("{'required': ['p'], 'properties': {'p': {'type': 'object', 'required': ['navn'],"
                + "'properties': {'navn': {'type': 'string'}, 'alder': {'type': 'integer'}}}}}");

        SkjemaTilstand tom = m.tilstand(Svar.empty());
        assertThat(tom.pakrevd("/p")).isTrue();
        assertThat(tom.pakrevd("/p/navn")).isFalse();
        assertThat(tom.synlig("/p/navn")).isTrue();
        SkjemaTilstand medP = m.tilstand(svar("{'p': {}}"));
        assertThat(medP.pakrevd("/p/navn")).isTrue();
        assertThat(medP.pakrevd("/p/alder")).isFalse();
    }

    @Test
    void propertyDependencyMakesFieldsRequiredWhenTheKeyIsPresent() {
        SkjemaModell m = modell("{'properties': {'telefon': {'type': 'string'}, 'type': {'type': 'string'}},"
                + "'dependencies': {'telefon': ['type']}}");

        assertThat(m.tilstand(Svar.empty()).pakrevd("/type")).isFalse();
        assertThat(m.tilstand(svar("{'telefon': '1'}")).pakrevd("/type")).isTrue();
    }

    @Test
    void schemaDependencyShowsItsFieldsWhenTheKeyIsPresent() {
        SkjemaModell m = modell("{'properties': {'innlagt': {'type': 'boolean'}},"
                + "'dependencies': {'innlagt': {'properties': {'dato': {'type': 'string'}}, 'required': ['dato']}}}");

        assertThat(m.felt("/dato").orElseThrow().betinget()).isTrue();
        assertThat(m.tilstand(Svar.empty()).synlig("/dato")).isFalse();
        SkjemaTilstand t = m.tilstand(svar("{'innlagt': false}"));
        assertThat(t.synlig("/dato")).isTrue();
        assertThat(t.pakrevd("/dato")).isTrue();
    }

    @Test
    void ifThenElseShowsTheBranchTheAnswersSelect() {
        SkjemaModell m = modell("{'properties': {'h': {'enum': ['A', 'B']}},"
                + "'if': {'properties': {'h': {'const': 'A'}}, 'required': ['h']},"
                + "'then': {'properties': {'a': {'type': 'string'}}, 'required': ['a']},"
                + "'else': {'properties': {'b': {'type': 'string'}}}}");

        SkjemaTilstand a = m.tilstand(svar("{'h': 'A'}"));
        assertThat(a.synlig("/a")).isTrue();
        assertThat(a.pakrevd("/a")).isTrue();
        assertThat(a.synlig("/b")).isFalse();
        SkjemaTilstand b = m.tilstand(svar("{'h': 'B'}"));
        assertThat(b.synlig("/a")).isFalse();
        assertThat(b.synlig("/b")).isTrue();
        assertThat(m.tilstand(Svar.empty()).synlig("/b")).as("untouched form shows the else branch").isTrue();
    }

    @Test
    void ifWithKeywordsBeyondPropertiesSeesTheWholeObject() {
        SkjemaModell m = modell("{'properties': {'x': {'type': 'string'}, 'y': {'type': 'string'}},"
                + "'if': {'minProperties': 2}, 'then': {'properties': {'z': {'type': 'string'}}}}");

        assertThat(m.tilstand(svar("{'x': '1'}")).synlig("/z")).isFalse();
        assertThat(m.tilstand(svar("{'x': '1', 'y': '2'}")).synlig("/z")).isTrue();
    }

    @Test
    void allOfMembersApplyTogether() {
        SkjemaModell m = modell("{'properties': {'h': {'type': 'string'}}, 'allOf': ["
                + "{'if': {'properties': {'h': {'const': 'A'}}}, 'then': {'properties': {'a': {'type': 'string'}}}},"
                + "{'properties': {'alltid': {'type': 'string'}}, 'required': ['alltid']}]}");

        SkjemaTilstand t = m.tilstand(svar("{'h': 'A'}"));
        assertThat(t.synlig("/a")).isTrue();
        assertThat(t.synlig("/alltid")).isTrue();
        assertThat(t.pakrevd("/alltid")).isTrue();
        assertThat(m.felt("/alltid").orElseThrow().betinget()).isFalse();
        assertThat(m.tilstand(svar("{'h': 'B'}")).synlig("/a")).isFalse();
    }

    @Test
    void oneOfBranchesAreSelectedByTheirDiscriminator() {
        SkjemaModell m = modell("{'properties': {'tolk': {'type': 'boolean'}}, 'dependencies': {'tolk': {'oneOf': ["
                + "{'properties': {'tolk': {'const': true}, 'sprak': {'type': 'string'}}, 'required': ['sprak']},"
                + "{'properties': {'tolk': {'const': false}, 'grunn': {'type': 'string'}}}]}}}");

        SkjemaTilstand ja = m.tilstand(svar("{'tolk': true}"));
        assertThat(ja.synlig("/sprak")).isTrue();
        assertThat(ja.pakrevd("/sprak")).isTrue();
        assertThat(ja.synlig("/grunn")).isFalse();
        SkjemaTilstand nei = m.tilstand(svar("{'tolk': false}"));
        assertThat(nei.synlig("/sprak")).isFalse();
        assertThat(nei.synlig("/grunn")).isTrue();
        assertThat(m.tilstand(Svar.empty()).synlig("/sprak")).isFalse();
    }

    @Test
    void anyOfBranchesWithoutDiscriminatorFollowWhatTheUserFilledIn() {
        SkjemaModell m = modell("{'anyOf': [{'properties': {'epost': {'type': 'string'}}, 'required': ['epost']},"
                + "{'properties': {'telefon': {'type': 'string'}}, 'required': ['telefon']}]}");

        SkjemaTilstand tom = m.tilstand(Svar.empty());
        assertThat(tom.synlig("/epost")).isTrue();
        assertThat(tom.synlig("/telefon")).isTrue();
        SkjemaTilstand epost = m.tilstand(svar("{'epost': 'a@b.no'}"));
        assertThat(epost.synlig("/epost")).isTrue();
        assertThat(epost.synlig("/telefon")).isFalse();
    }

    @Test
    void conditionsInsideListItemsAreJudgedPerItem() {
        SkjemaModell m = modell("{'properties': {'d': {'type': 'array', 'items': {'type': 'object',"
                + "'properties': {'system': {'enum': ['ICD-10', 'ICPC-2']}},"
                + "'if': {'properties': {'system': {'const': 'ICD-10'}}},"
                + "'then': {'properties': {'icd': {'type': 'string', 'x-kodeverk': 'ICD-10'}}},"
                + "'else': {'properties': {'icpc': {'type': 'string', 'x-kodeverk': 'ICPC-2'}}}}}}}");
        Svar s = svar("{'d': [{'system': 'ICD-10'}, {'system': 'ICPC-2'}]}");
        SkjemaTilstand t = m.tilstand(s);

        assertThat(t.synlig("/d/0/icd")).isTrue();
        assertThat(t.synlig("/d/0/icpc")).isFalse();
        assertThat(t.synlig("/d/1/icd")).isFalse();
        assertThat(t.synlig("/d/1/icpc")).isTrue();
        assertThat(m.tilstand(Svar.empty()).felt("/d/-/icd")).isPresent();
    }

    @Test
    void theActiveCodeSystemFollowsTheBranch() {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.soknad());
        Svar icd = svar("{'diagnoser': [{'kodeverk': 'ICD-10'}]}");
        Svar icpc = svar("{'diagnoser': [{'kodeverk': 'ICPC-2'}]}");

        assertThat(m.kodeverk(icd, "/diagnoser/0/kode")).flatMap(Kodeverk::system).contains("ICD-10");
        assertThat(m.kodeverk(icpc, "/diagnoser/0/kode")).flatMap(Kodeverk::system).contains("ICPC-2");
        assertThat(m.felt("/diagnoser/-/kode").orElseThrow().kodeverk()).extracting(k -> k.system().orElseThrow())
                .containsExactly("ICD-10", "ICPC-2");
    }

    @Test
    void nestedConditionalGroupsHideTheirChildren() {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.soknad());

        SkjemaTilstand naering = m.tilstand(svar("{'hjemmel': 'BRF_6'}"));
        assertThat(naering.synlig("/naeringsmiddel/produktnavn")).isTrue();
        assertThat(naering.synlig("/legemiddel/navn")).isFalse();
        assertThat(naering.pakrevd("/naeringsmiddel")).isTrue();
        SkjemaTilstand yrke = m.tilstand(svar("{'hjemmel': 'FTRL_5_25'}"));
        assertThat(yrke.synlig("/yrkesskade/skadedato")).isTrue();
        assertThat(yrke.synlig("/legemiddel/navn")).isTrue();
        assertThat(yrke.pakrevd("/legemiddel")).isTrue();
    }

    @Test
    void aBranchThatOnlyRequiresAMemberOfAnObjectDeclaredOutsideItMakesItRequired() {
        SkjemaModell m = modell("{'properties': {'land': {'type': 'string'}, 'adresse': {'type': 'object',"
                + " 'properties': {'stat': {'type': 'string'}}}}, 'if': {'properties': {'land': {'const': 'US'}},"
                + " 'required': ['land']}, 'then': {'properties': {'adresse': {'required': ['stat']}}}}");

        assertThat(m.tilstand(svar("{'land': 'US', 'adresse': {}}")).pakrevd("/adresse/stat")).isTrue();
        assertThat(m.tilstand(svar("{'land': 'NO', 'adresse': {}}")).pakrevd("/adresse/stat")).isFalse();
        assertThat(m.validerFelt(svar("{'land': 'US', 'adresse': {}}"), "/adresse/stat"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.PAKREVD);
    }
}
