package no.blaresept.schema.internal;

import java.util.List;
import no.blaresept.schema.Felt;
import no.blaresept.schema.Kodeverk;

/**
 * A field and what the model needs to evaluate it: its declarations, the required rules naming it, and
 * the code list each declaration brings (same order as {@code deklarasjoner}, empty where none).
 */
record FeltInfo(Felt felt, List<Deklarasjon> deklarasjoner, List<PakrevdRegel> regler,
        List<java.util.Optional<Kodeverk>> kodeverkPerDeklarasjon) {
    /** Copies the lists. */
    FeltInfo {
        deklarasjoner = List.copyOf(deklarasjoner);
        regler = List.copyOf(regler);
        kodeverkPerDeklarasjon = List.copyOf(kodeverkPerDeklarasjon);
    }
}
