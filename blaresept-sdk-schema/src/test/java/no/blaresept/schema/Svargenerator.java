package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import no.blaresept.testsupport.Testfiler;

/**
 * Seeded random answers for differential tests, filled in the way a user would: field by field in schema
 * order, only into fields visible at that moment, mostly valid values, sometimes invalid ones, sometimes
 * left empty. Deterministic for a seed, so a failure can be replayed.
 */
final class Svargenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final SkjemaModell modell;
    private final Random tilfeldig;

    Svargenerator(SkjemaModell modell, long seed) {
        this.modell = modell;
        this.tilfeldig = new Random(seed);
    }

    Svar neste() {
        Svar svar = Svar.empty();
        int antallElementer = tilfeldig.nextInt(3);
        for (Felt felt : modell.felter()) {
            if (felt.type() == FeltType.GRUPPE && !felt.sti().contains("/-") && synlig(svar, felt.sti())) {
                // Groups first, as a user opening a section would: their required children then count.
                svar = modell.oppdater(svar, felt.sti(), F.objectNode());
            }
            if (felt.type() == FeltType.GRUPPE || felt.type() == FeltType.LISTE || felt.rekursiv()) {
                continue; // containers appear when their children are set
            }
            for (int i = 0; i < (felt.sti().contains("/-/") ? antallElementer : 1); i++) {
                String sti = medIndeks(svar, felt.sti(), i);
                FeltTilstand tilstand = modell.tilstand(svar).felt(sti).orElse(null);
                boolean synlig = tilstand == null || tilstand.synlig();
                boolean pakrevd = tilstand != null && tilstand.pakrevd();
                if (!synlig || !pakrevd && tilfeldig.nextInt(10) < 3) {
                    continue;
                }
                svar = modell.oppdater(svar, sti, tilfeldig.nextInt(300) == 0 ? ugyldig() : gyldig(felt));
            }
        }
        return svar;
    }

    private boolean synlig(Svar svar, String sti) {
        return modell.tilstand(svar).synlig(sti) && !svar.harVerdi(sti);
    }

    /** The item path for the {@code i}-th item, or the next free index when earlier items were skipped. */
    private static String medIndeks(Svar svar, String mal, int i) {
        int liste = mal.indexOf("/-/");
        if (liste < 0) {
            return mal;
        }
        int storrelse = svar.verdi(mal.substring(0, liste)).map(JsonNode::size).orElse(0);
        return mal.substring(0, liste) + "/" + Math.min(i, storrelse) + mal.substring(liste + 2);
    }

    private JsonNode gyldig(Felt felt) {
        if (!felt.kodeverk().isEmpty() && !felt.kodeverk().get(0).koder().isEmpty()) {
            List<Kode> koder = felt.kodeverk().get(0).koder();
            return koder.get(tilfeldig.nextInt(koder.size())).verdi();
        }
        return switch (felt.type()) {
            case BOOLSK -> F.booleanNode(tilfeldig.nextBoolean());
            case HELTALL -> F.numberNode(felt.begrensninger().minimum().map(m -> m.intValue()).orElse(0)
                    + tilfeldig.nextInt(3));
            case TALL -> F.numberNode(felt.begrensninger().minimum().map(m -> m.doubleValue()).orElse(0.0) + 1.5);
            case DATO -> F.textNode("2024-0" + (1 + tilfeldig.nextInt(9)) + "-1" + tilfeldig.nextInt(10));
            case DATO_TID -> F.textNode("2024-03-01T12:00:00Z");
            case VEDLEGG -> F.textNode(Base64.getEncoder().encodeToString(Testfiler.pdf()));
            default -> tekst(felt);
        };
    }

    /** Text fitting the field's pattern where the sample uses one (digits of the right length), else words. */
    private JsonNode tekst(Felt felt) {
        String monster = felt.begrensninger().monster().orElse("");
        if (felt.kodeverk().stream().anyMatch(k -> k.system().filter("ICD-10"::equals).isPresent())) {
            return F.textNode("E11");
        }
        if (felt.kodeverk().stream().anyMatch(k -> k.system().filter("ICPC-2"::equals).isPresent())) {
            return F.textNode("T90");
        }
        if (felt.kodeverk().stream().anyMatch(k -> k.system().filter("ATC"::equals).isPresent())) {
            return F.textNode("A10BA02");
        }
        java.util.regex.Matcher siffer = java.util.regex.Pattern.compile("\\[0-9 ?\\]\\{(\\d+)").matcher(monster);
        if (siffer.find()) {
            return F.textNode("1".repeat(Integer.parseInt(siffer.group(1))));
        }
        if ("email".equals(felt.format().orElse(""))) {
            return F.textNode("lege@example.org");
        }
        return F.textNode("Tekst " + tilfeldig.nextInt(100));
    }

    private JsonNode ugyldig() {
        return switch (tilfeldig.nextInt(3)) {
            case 0 -> F.textNode("x".repeat(5000)); // too long, or wrong type for non-text
            case 1 -> F.numberNode(-99999);
            default -> F.booleanNode(true);
        };
    }
}
