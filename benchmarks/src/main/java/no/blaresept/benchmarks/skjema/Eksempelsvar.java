package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;

/** A realistically filled sample application (about a hundred answers) for the benchmarks. */
final class Eksempelsvar {
    private Eksempelsvar() {
    }

    static Svar utfylt(SkjemaModell modell) {
        Svar svar = Svar.empty().med("/hjemmel", TextNode.valueOf("BRF_3"))
                .med("/pasient/fodselsnummer", TextNode.valueOf("01010112345"))
                .med("/avsender/lege/hprNummer", TextNode.valueOf("1234567"))
                .med("/avsender/virksomhet/organisasjonsnummer", TextNode.valueOf("123456789"))
                .med("/diagnoser/0/kodeverk", TextNode.valueOf("ICPC-2"))
                .med("/diagnoser/0/kode", TextNode.valueOf("T90"));
        for (Felt felt : modell.felter()) {
            if (felt.sti().contains("/-") || svar.harVerdi(felt.sti()) || !modell.tilstand(svar).synlig(felt.sti())) {
                continue;
            }
            if (felt.type() == FeltType.BOOLSK) {
                svar = svar.med(felt.sti(), BooleanNode.FALSE);
            } else if (felt.type() == FeltType.TEKST && felt.begrensninger().monster().isEmpty()
                    && felt.format().isEmpty() && felt.kodeverk().isEmpty()) {
                svar = svar.med(felt.sti(), TextNode.valueOf("Tekst"));
            } else if (felt.type() == FeltType.HELTALL || felt.type() == FeltType.TALL) {
                svar = svar.med(felt.sti(), IntNode.valueOf(felt.begrensninger().minimum().orElseThrow().intValue() + 1));
            }
        }
        return svar;
    }
}
