package no.blaresept.schema.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.Felt;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * The fields of a model by template path, in schema order, and the mapping from concrete paths
 * ({@code /diagnoser/0/kode}) to templates ({@code /diagnoser/-/kode}). Immutable and thread-safe.
 */
final class Feltindeks {
    private final Map<String, FeltInfo> felter;
    private final Set<String> listeprefikser;
    private final List<FeltInfo> liste;
    private final List<Felt> felterListe;

    Feltindeks(Map<String, FeltInfo> felter, Set<String> listeprefikser) {
        this.felter = Map.copyOf(felter);
        this.listeprefikser = Set.copyOf(listeprefikser);
        this.liste = List.copyOf(felter.values());
        this.felterListe = liste.stream().map(FeltInfo::felt).toList();
    }

    /** Every field's information, in schema order (the order of every state list). */
    List<FeltInfo> liste() {
        return liste;
    }

    List<Felt> felter() {
        return felterListe;
    }

    Optional<Felt> felt(String sti) {
        return Optional.ofNullable(felter.get(mal(sti))).map(FeltInfo::felt);
    }

    /** @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if no field has this path */
    FeltInfo info(String sti) {
        FeltInfo info = felter.get(mal(sti));
        if (info == null) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, sti, "ingen felt i skjemaet har denne stien");
        }
        return info;
    }

    /** Concrete → template path: list indexes become {@code -}. */
    String mal(String sti) {
        JsonStier.peker(sti);
        if (felter.containsKey(sti) || listeprefikser.isEmpty()) {
            return sti;
        }
        StringBuilder mal = new StringBuilder();
        for (String segment : sti.substring(Math.min(1, sti.length())).split("/", -1)) {
            String liste = mal + "/-";
            mal.append('/').append(listeprefikser.contains(liste) && segment.chars().allMatch(Character::isDigit)
                    && !segment.isEmpty() ? "-" : segment);
        }
        return mal.toString();
    }
}
