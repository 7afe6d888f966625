package no.blaresept.schema.internal;

import java.util.List;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.Kodeverk;

/**
 * A field and what the model needs to evaluate it: its declarations, the required rules naming it, and
 * the code list each declaration brings (same order as {@code deklarasjoner}, empty where none), and where
 * a recursive definition's static expansion stops at it ({@link Kutt}). Paths used on every keystroke are
 * computed once here.
 */
final class FeltInfo {
    private final Felt felt;
    private final List<Deklarasjon> deklarasjoner;
    private final List<PakrevdRegel> regler;
    private final List<Optional<Kodeverk>> kodeverkPerDeklarasjon;
    private final List<Kutt> kutt;
    private final boolean utenListe;
    private final String forelder;

    FeltInfo(Felt felt, List<Deklarasjon> deklarasjoner, List<PakrevdRegel> regler,
            List<Optional<Kodeverk>> kodeverkPerDeklarasjon, List<Kutt> kutt) {
        this.felt = felt;
        this.deklarasjoner = List.copyOf(deklarasjoner);
        this.regler = List.copyOf(regler);
        this.kodeverkPerDeklarasjon = List.copyOf(kodeverkPerDeklarasjon);
        this.kutt = List.copyOf(kutt);
        this.utenListe = !felt.sti().contains("/-");
        this.forelder = JsonStier.forelder(felt.sti());
    }

    Felt felt() {
        return felt;
    }

    List<Deklarasjon> deklarasjoner() {
        return deklarasjoner;
    }

    List<PakrevdRegel> regler() {
        return regler;
    }

    List<Optional<Kodeverk>> kodeverkPerDeklarasjon() {
        return kodeverkPerDeklarasjon;
    }

    /** The declarations cut at this field; the fields below them come from sub-models. Empty nearly always. */
    List<Kutt> kutt() {
        return kutt;
    }

    /** Whether the field is in no list: its template path is its only concrete path. */
    boolean utenListe() {
        return utenListe;
    }

    /** The template's parent path. */
    String forelder() {
        return forelder;
    }
}
