package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.Vedleggskrav;

/**
 * Merges the declarations of one field path: texts and constraints from the first declaration that gives
 * them, code lists from all, {@code readOnly} if any declaration says so.
 */
final class Samler {
    private final String sti;
    private final List<Deklarasjon> deklarasjoner = new ArrayList<>();
    private final List<Optional<Kodeverk>> kodeverk = new ArrayList<>();
    final List<PakrevdRegel> regler = new ArrayList<>();
    private final List<Kutt> kutt = new ArrayList<>();
    private final Felt.Builder felt;
    private FeltType type = FeltType.UKJENT;
    private boolean betinget = true;
    private boolean skrivebeskyttet;
    private boolean rekursiv;
    private Optional<String> tittel = Optional.empty();
    private Optional<String> beskrivelse = Optional.empty();
    private Optional<String> format = Optional.empty();
    private Optional<JsonNode> standardverdi = Optional.empty();

    Samler(String sti) {
        this.sti = sti;
        this.felt = Felt.builder().sti(sti);
    }

    void legg(JsonNode deklarert, JsonNode mal, boolean iGren, boolean erRekursiv, Deklarasjon deklarasjon) {
        deklarasjoner.add(deklarasjon);
        Optional<Kodeverk> kv = FeltTolking.kodeverk(deklarert, mal);
        kodeverk.add(kv);
        betinget &= iGren;
        rekursiv |= erRekursiv;
        skrivebeskyttet |= deklarert.path("readOnly").asBoolean(false) || mal.path("readOnly").asBoolean(false);
        tittel = tittel.or(() -> FeltTolking.tekst(deklarert, mal, "title"));
        beskrivelse = beskrivelse.or(() -> FeltTolking.tekst(deklarert, mal, "description"));
        standardverdi = standardverdi.or(() -> Optional.ofNullable(deklarert.has("default")
                ? deklarert.get("default") : mal.get("default")));
        FeltType denne = FeltTolking.type(mal);
        if (type == FeltType.UKJENT && denne != FeltType.UKJENT) {
            type = denne;
            format = FeltTolking.tekst(mal, "format");
            felt.begrensninger(FeltTolking.begrensninger(mal));
        }
    }

    /** A declaration that adds no texts or type: an object list's items, when a branch also declares them. */
    void leggTil(Deklarasjon deklarasjon) {
        deklarasjoner.add(deklarasjon);
        kodeverk.add(Optional.empty());
    }

    /** A declaration of this field whose recursive definition is continued by a sub-model. */
    void kutt(Kutt k) {
        kutt.add(k);
    }

    FeltInfo bygg() {
        List<Kodeverk> alle = kodeverk.stream().flatMap(Optional::stream).distinct().toList();
        Felt f = felt.type(type)
                .tittel(tittel)
                .beskrivelse(beskrivelse)
                .standardverdi(standardverdi)
                .format(format)
                .skrivebeskyttet(skrivebeskyttet)
                .betinget(betinget && !deklarasjoner.isEmpty() || deklarasjoner.isEmpty() && regler.stream()
                        .allMatch(r -> !r.kjede().isEmpty()))
                .rekursiv(rekursiv)
                .kodeverk(alle)
                .vedlegg(type == FeltType.VEDLEGG ? Optional.of(Vedleggskrav.BLARESEPT) : Optional.empty())
                .build();
        return new FeltInfo(f, deklarasjoner, regler, kodeverk, kutt);
    }

    @Override
    public String toString() {
        return "Samler[" + Objects.requireNonNull(sti) + "]";
    }
}
