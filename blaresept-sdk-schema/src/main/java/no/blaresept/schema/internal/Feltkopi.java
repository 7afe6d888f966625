package no.blaresept.schema.internal;

import no.blaresept.schema.Felt;

/** A field of a sub-model as it stands below a cut: the same declaration at its full template path. */
final class Feltkopi {
    private Feltkopi() {
    }

    static Felt med(Felt f, String sti) {
        return Felt.builder().sti(sti).type(f.type()).tittel(f.tittel()).beskrivelse(f.beskrivelse())
                .standardverdi(f.standardverdi()).format(f.format()).skrivebeskyttet(f.skrivebeskyttet())
                .betinget(f.betinget()).rekursiv(f.rekursiv()).begrensninger(f.begrensninger())
                .kodeverk(f.kodeverk()).vedlegg(f.vedlegg()).build();
    }
}
