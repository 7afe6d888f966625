package no.blaresept.schema;

import static no.blaresept.schema.TestJson.F;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After a keystroke the model reuses the previous state for fields whose conditions do not read the changed
 * answer. That shortcut must give exactly what evaluating every field from scratch gives.
 */
class TilstandsgjenbrukTest {
    private final SkjemaModell skjema = SkjemaModell.of(Eksempelskjema.soknad());

    @Test
    void reusedStateEqualsAFreshComputationOverRandomChangeSequences() {
        Random tilfeldig = new Random(42);
        Svargenerator generator = new Svargenerator(skjema, 42);
        int helDelt = 0;
        int delvisOmregnet = 0;
        for (int sekvens = 0; sekvens < 12; sekvens++) {
            Svar s = generator.neste();
            SkjemaTilstand forrige = skjema.tilstand(s);
            for (int steg = 0; steg < 40; steg++) {
                Svar ny = endre(s, forrige, tilfeldig);
                SkjemaTilstand tilstand = skjema.tilstand(ny);

                assertThat(beskriv(tilstand)).as("sekvens %d steg %d", sekvens, steg)
                        .isEqualTo(beskriv(skjema.tilstand(Svar.of(ny.json()))));
                int delte = delte(forrige, tilstand);
                helDelt += delte == tilstand.felter().size() ? 1 : 0;
                delvisOmregnet += delte > 0 && delte < tilstand.felter().size() ? 1 : 0;
                s = ny;
                forrige = tilstand;
            }
        }
        // Both shortcuts were taken, so the comparison above checked them and not only full recomputation.
        assertThat(helDelt).isPositive();
        assertThat(delvisOmregnet).isPositive();
    }

    @Test
    void keystrokesTwentyLevelsDownARecursionUpdateTheStateThere() {
        SkjemaModell m = TestJson.modell(RekursjonTest.TRINN);
        String dypeste = "/steps/0" + "/steps/0".repeat(21);
        Svar s = Svar.of(RekursjonTest.trinn(22, TestJson.json("{'text': 'c', 'kind': 'timer', 'minutes': 2}")));
        SkjemaTilstand forrige = m.tilstand(s);
        Random tilfeldig = new Random(7);
        for (int steg = 0; steg < 30; steg++) {
            String niva = "/steps/0".repeat(1 + tilfeldig.nextInt(22));
            String felt = List.of("/kind", "/text", "/minutes").get(tilfeldig.nextInt(3));
            JsonNode verdi = felt.equals("/kind") ? TextNode.valueOf(tilfeldig.nextBoolean() ? "timer" : "plain")
                    : felt.equals("/text") ? TextNode.valueOf("t" + steg) : F.numberNode(steg);
            Svar ny = m.oppdater(s, niva + felt, verdi, Rensing.BEHOLD_SKJULTE);
            SkjemaTilstand tilstand = m.tilstand(ny);

            assertThat(beskriv(tilstand)).as("steg %d: %s%s", steg, niva, felt)
                    .isEqualTo(beskriv(m.tilstand(Svar.of(ny.json()))));
            assertThat(delte(forrige, tilstand)).as("steg %d reused the state above the change", steg).isPositive();
            s = ny;
            forrige = tilstand;
        }
        Svar timer = m.oppdater(s, dypeste + "/kind", TextNode.valueOf("timer"), Rensing.BEHOLD_SKJULTE);
        m.tilstand(timer);
        Svar plain = m.oppdater(timer, dypeste + "/kind", TextNode.valueOf("plain"), Rensing.BEHOLD_SKJULTE);
        assertThat(m.tilstand(timer).pakrevd(dypeste + "/minutes")).isTrue();
        assertThat(m.tilstand(plain).synlig(dypeste + "/minutes")).isFalse();
    }

    @Test
    void switchingABranchWithoutCleaningChangesTheReusedState() {
        Svar s = skjema.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        s = skjema.oppdater(s, "/legemiddel/navn", TextNode.valueOf("Metformin"));
        assertThat(skjema.tilstand(s).synlig("/legemiddel/navn")).isTrue();

        Svar etter = skjema.oppdater(s, "/hjemmel", TextNode.valueOf("BRF_6"), Rensing.BEHOLD_SKJULTE);

        assertThat(skjema.tilstand(etter).synlig("/legemiddel/navn")).isFalse();
    }

    @Test
    void theStateHandedOnByCleaningIsTheStateOfTheCleanedAnswers() {
        // Hiding b removes it, which hides c (it depends on b), so the state after cleaning differs from the
        // state of the answers just before it.
        SkjemaModell m = TestJson.modell("{'properties': {'a': {'type': 'boolean'}},"
                + " 'if': {'properties': {'a': {'const': true}}, 'required': ['a']},"
                + " 'then': {'properties': {'b': {'type': 'string'}}},"
                + " 'dependencies': {'b': {'properties': {'c': {'type': 'string'}}}}}");
        Svar s = svar("{'a': true, 'b': 'x', 'c': 'y'}");
        assertThat(m.tilstand(s).synlig("/c")).isTrue();

        Svar etter = m.oppdater(s, "/a", F.booleanNode(false));

        assertThat(etter.json()).isEqualTo(TestJson.json("{'a': false}"));
        assertThat(m.tilstand(etter).synlig("/c")).isFalse();
        assertThat(beskriv(m.tilstand(etter))).isEqualTo(beskriv(m.tilstand(Svar.of(etter.json()))));
    }

    @Test
    void oneAnswersObjectUsedWithTwoModelsGivesEachItsOwnState() {
        SkjemaModell del1 = SkjemaModell.of(Eksempelskjema.of(Eksempelskjema.Del.DEL1));
        Svar s = skjema.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        SkjemaTilstand hel = skjema.tilstand(s);
        SkjemaTilstand forst = del1.tilstand(s);

        Svar ny = s.med("/pasient/telefon", TextNode.valueOf("22334455"));

        assertThat(beskriv(del1.tilstand(ny))).isEqualTo(beskriv(del1.tilstand(Svar.of(ny.json()))));
        assertThat(beskriv(skjema.tilstand(ny))).isEqualTo(beskriv(skjema.tilstand(Svar.of(ny.json()))));
        assertThat(beskriv(skjema.tilstand(s))).isEqualTo(beskriv(hel));
        assertThat(beskriv(del1.tilstand(s))).isEqualTo(beskriv(forst));
    }

    @Test
    void earlierAnswersStayUnchangedWhileLaterOnesShareTheirTree() {
        Svar for_ = svar("{'pasient': {'telefon': '12345678', 'adresse': {'by': 'Oslo'}},"
                + " 'diagnoser': [{'kode': 'T90'}]}");
        JsonNode bilde = for_.json();

        Svar etter = for_.med("/pasient/telefon", TextNode.valueOf("1"))
                .med("/pasient/adresse/by", TextNode.valueOf("Bergen"))
                .med("/diagnoser/0/kode", TextNode.valueOf("K86"))
                .med("/diagnoser/-", F.objectNode().put("kode", "E11"))
                .uten("/pasient/adresse");
        etter.json().put("lekket", true);

        assertThat(for_.json()).isEqualTo(bilde);
        assertThat(etter.json()).isEqualTo(TestJson.json(
                "{'pasient': {'telefon': '1'}, 'diagnoser': [{'kode': 'K86'}, {'kode': 'E11'}]}"));
    }

    /** A random keystroke: any field, leaf values mostly, sometimes containers, nulls or removals. */
    private Svar endre(Svar s, SkjemaTilstand tilstand, Random tilfeldig) {
        List<FeltTilstand> felter = tilstand.felter();
        FeltTilstand t = felter.get(tilfeldig.nextInt(felter.size()));
        String sti = t.sti();
        int valg = tilfeldig.nextInt(20);
        if (valg == 0 && s.harVerdi(sti)) {
            return s.uten(sti);
        }
        JsonNode verdi = switch (valg) {
            case 1 -> F.objectNode();
            case 2 -> F.nullNode();
            case 3 -> F.arrayNode().add(F.objectNode());
            default -> leaf(t.felt(), tilfeldig);
        };
        Rensing rensing = tilfeldig.nextBoolean() ? Rensing.FJERN_SKJULTE : Rensing.BEHOLD_SKJULTE;
        try {
            return skjema.oppdater(s, sti, verdi, rensing);
        } catch (SkjemaException e) {
            // An earlier random step put a scalar where this path needs an object: no keystroke can do this.
            assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_STI);
            return s;
        }
    }

    private static JsonNode leaf(Felt felt, Random tilfeldig) {
        if (!felt.kodeverk().isEmpty() && !felt.kodeverk().get(0).koder().isEmpty()) {
            List<Kode> koder = felt.kodeverk().get(0).koder();
            return koder.get(tilfeldig.nextInt(koder.size())).verdi();
        }
        return switch (tilfeldig.nextInt(4)) {
            case 0 -> F.booleanNode(tilfeldig.nextBoolean());
            case 1 -> F.numberNode(tilfeldig.nextInt(200));
            default -> F.textNode("Tekst " + tilfeldig.nextInt(5));
        };
    }

    private static List<String> beskriv(SkjemaTilstand tilstand) {
        return tilstand.felter().stream().map(t -> t.sti() + " " + t.synlig() + " " + t.pakrevd()).toList();
    }

    /** How many entries are the very same objects as in the previous state (taken over, not recomputed). */
    private static int delte(SkjemaTilstand forrige, SkjemaTilstand naa) {
        int n = 0;
        for (int i = 0; i < Math.min(forrige.felter().size(), naa.felter().size()); i++) {
            n += forrige.felter().get(i) == naa.felter().get(i) ? 1 : 0;
        }
        return n;
    }
}
