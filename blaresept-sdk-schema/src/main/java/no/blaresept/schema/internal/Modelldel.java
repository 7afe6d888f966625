package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.Kodeverk;
import org.jspecify.annotations.Nullable;

/**
 * One statically expanded model: the whole schema, or a recursive definition's sub-model. Its paths are
 * relative to the value it is applied to. Immutable and thread-safe.
 */
record Modelldel(Feltindeks indeks, Synlighet synlighet, Feltvalidering validering) {

    static Modelldel av(ModellBygger.Resultat resultat, Delmodeller deler) {
        Feltindeks indeks = new Feltindeks(resultat.felter(), resultat.listestart(), deler);
        return new Modelldel(indeks, new Synlighet(indeks), new Feltvalidering(indeks, resultat.gruppekontroller()));
    }

    /**
     * Where a field path lies, followed through cut fields into sub-models as deep as the path goes.
     *
     * @param del the model that holds the field
     * @param info the field there
     * @param rot the answers' value that model is applied to (missing when the answers do not reach it)
     * @param relativ the path inside {@code rot}
     * @param konkret the concrete path of {@code rot} in the answers ({@code ""} at the top)
     * @param mal the template path of {@code rot} ({@code ""} at the top)
     * @param aktiv whether every cut on the way applies to the answers (otherwise the field is hidden)
     */
    record Treff(Modelldel del, FeltInfo info, JsonNode rot, String relativ, String konkret, String mal,
            boolean aktiv) {

        /** The field with its full template path. */
        Felt felt() {
            return del.indeks().flyttet(info, mal);
        }
    }

    /** The field at a template or concrete path, however deep; null if no field has this path. */
    @Nullable Treff finn(@Nullable JsonNode svar, String sti) {
        Modelldel del = this;
        JsonNode rot = svar == null ? MissingNode.getInstance() : svar;
        String relativ = sti;
        String konkret = "";
        String mal = "";
        boolean aktiv = svar != null;
        while (true) { // a loop, not recursion: the path's depth is the caller's
            String m = del.indeks().mal(relativ);
            FeltInfo info = del.indeks().info(m);
            if (info != null) {
                return new Treff(del, info, rot, relativ, konkret, mal, aktiv);
            }
            FeltInfo kuttet = del.indeks().kuttOver(m);
            if (kuttet == null) {
                return null;
            }
            String forste = JsonStier.forste(relativ, JsonStier.segmenter(kuttet.felt().sti()));
            Anvendelse a = del.indeks().velg(del.indeks().evaluering(rot), kuttet, forste);
            aktiv &= a.aktiv();
            rot = a.rot();
            konkret = konkret + forste;
            mal = mal + kuttet.felt().sti();
            relativ = relativ.substring(forste.length());
            del = a.del();
        }
    }

    /** The code list that applies to the field at {@code sti} of {@code rot} now. */
    Optional<Kodeverk> kodeverk(JsonNode rot, FeltInfo info, String sti) {
        Evaluering e = indeks.evaluering(rot);
        for (int i = 0; i < info.deklarasjoner().size(); i++) {
            if (info.kodeverkPerDeklarasjon().get(i).isPresent()
                    && e.aktiv(info.deklarasjoner().get(i).kjede(), sti, info.utenListe())) {
                return info.kodeverkPerDeklarasjon().get(i);
            }
        }
        return Optional.empty();
    }

    /** Fields in schema order (static expansion only). */
    List<Felt> felter() {
        return indeks.felter();
    }
}
