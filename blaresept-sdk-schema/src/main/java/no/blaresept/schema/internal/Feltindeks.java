package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * The fields of a model by template path, in schema order, and the mapping from concrete paths
 * ({@code /diagnoser/0/kode}) to templates ({@code /diagnoser/-/kode}). Immutable and thread-safe.
 */
final class Feltindeks {
    private final Map<String, FeltInfo> felter;
    private final Map<String, Integer> listestart;
    private final List<FeltInfo> liste;
    private final List<Felt> felterListe;

    /** @param listestart list item templates ({@code /liste/-}) and the first index each governs (after a tuple) */
    Feltindeks(Map<String, FeltInfo> felter, Map<String, Integer> listestart) {
        this.felter = Map.copyOf(felter);
        this.listestart = Map.copyOf(listestart);
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

    /** A new evaluation of the model against {@code svar}. */
    Evaluering evaluering(JsonNode svar) {
        return new Evaluering(svar, listestart);
    }

    /** Concrete → template path: list indexes become {@code -}, except a tuple's positions. */
    String mal(String sti) {
        JsonStier.peker(sti);
        if (felter.containsKey(sti) || listestart.isEmpty()) {
            return sti;
        }
        StringBuilder mal = new StringBuilder();
        for (String segment : sti.substring(Math.min(1, sti.length())).split("/", -1)) {
            Integer start = listestart.get(mal + "/-");
            mal.append('/').append(start != null && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit)
                    && (segment.length() > 9 || Integer.parseInt(segment) >= start) ? "-" : segment);
        }
        return mal.toString();
    }
}
