package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkjemapostTest {
    private final SkjemaModell modell = Testskjema.modell();
    private final Svar prefylt = Svar.empty().med("/fnr", TextNode.valueOf("12857840060"));

    @Test
    void postedValuesAreTakenOverWithTheirTypesAndPrefilledFieldsCannotBeOverwritten() {
        Map<String, String> post = new HashMap<>(Map.of("/navn", " Kari ", "/vekt", "72,5", "/tall", "2", "/tolk", "false",
                "/fnr", "00000000000", "/sprak", "Engelsk"));
        Svar svar = Skjemapost.taOver(modell, prefylt, post);
        assertThat(svar.verdi("/navn").orElseThrow().asText()).isEqualTo("Kari");
        assertThat(svar.verdi("/vekt").orElseThrow().decimalValue()).isEqualByComparingTo("72.5");
        assertThat(svar.verdi("/tall").orElseThrow().isInt() || svar.verdi("/tall").orElseThrow().isLong()).isTrue();
        assertThat(svar.verdi("/fnr").orElseThrow().asText()).isEqualTo("12857840060");
        assertThat(svar.harVerdi("/sprak")).as("value of a hidden branch").isFalse();
    }

    @Test
    void aVisibleFieldLeftOutOfThePostIsCleared() {
        Svar svar = prefylt.med("/tolk", BooleanNode.TRUE).med("/merknad", TextNode.valueOf("x"));
        Svar etter = Skjemapost.taOver(modell, svar, Map.of());
        assertThat(etter.harVerdi("/tolk")).isFalse();
        assertThat(etter.harVerdi("/merknad")).isFalse();
    }

    @Test
    void listButtonsAddAndRemoveItems() {
        Svar med = Skjemapost.endreListe(modell, prefylt, new Skjemapost.Handling.LeggTil("/liste")).orElseThrow();
        assertThat(med.harVerdi("/liste/0")).isTrue();
        Svar uten = Skjemapost.endreListe(modell, med, new Skjemapost.Handling.Fjern("/liste/0")).orElseThrow();
        assertThat(uten.harVerdi("/liste/0")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"legg-til /navn", "legg-til /finnes-ikke", "legg-til ", "fjern /liste/7", "fjern /navn",
            "fjern /liste/x", "fjern /fnr"})
    void listButtonsNamingNoListItemChangeNothing(String knapp) {
        Skjemapost.Handling handling = Skjemapost.Handling.les(knapp).orElseThrow();
        assertThat(Skjemapost.endreListe(modell, prefylt, handling)).isEmpty();
    }

    @Test
    void unknownButtonsAreNotActions() {
        assertThat(Skjemapost.Handling.les("slett-alt")).isEmpty();
        assertThat(Skjemapost.Handling.les(null)).containsInstanceOf(Skjemapost.Handling.Neste.class);
    }
}
