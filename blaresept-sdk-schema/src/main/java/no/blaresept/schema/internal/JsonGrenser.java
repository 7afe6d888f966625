package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Size and depth checks done with an explicit stack, so that a hostile document cannot overflow the call
 * stack before the limits are enforced. Everything recursive in this module runs after these checks.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonGrenser {
    private JsonGrenser() {
    }

    /** Throws {@code kode} if {@code rot} nests deeper than {@code maksDybde}. */
    public static void sjekkDybde(JsonNode rot, int maksDybde, SkjemaFeilkode kode) {
        sjekk(rot, maksDybde, Integer.MAX_VALUE, kode);
    }

    /**
     * Throws {@link SkjemaFeilkode#FOR_DYP} past {@code maksDybde} and {@link SkjemaFeilkode#FOR_STORT} past
     * {@code maksNoder}; {@code dybdekode} replaces {@code FOR_DYP} when the caller wants another code.
     */
    public static void sjekk(JsonNode rot, int maksDybde, int maksNoder, SkjemaFeilkode dybdekode) {
        Deque<Ramme> stakk = new ArrayDeque<>();
        stakk.push(new Ramme(rot, ""));
        int noder = 0;
        while (!stakk.isEmpty()) {
            Ramme ramme = stakk.peek();
            if (!ramme.barn.hasNext()) {
                stakk.pop();
                continue;
            }
            Map.Entry<String, JsonNode> neste = ramme.barn.next();
            if (++noder > maksNoder) {
                throw new SkjemaException(SkjemaFeilkode.FOR_STORT, ramme.sti, "over " + maksNoder + " noder");
            }
            if (neste.getValue().isContainerNode()) {
                if (stakk.size() >= maksDybde) {
                    throw new SkjemaException(dybdekode, avkort(ramme.sti), "over " + maksDybde + " nivåer");
                }
                stakk.push(new Ramme(neste.getValue(), JsonStier.barn(ramme.sti, neste.getKey())));
            }
        }
    }

    /** Error paths of hostile documents can be huge; keep the message readable. */
    private static String avkort(String sti) {
        return sti.length() <= 200 ? sti : sti.substring(0, 200) + "…";
    }

    private static final class Ramme {
        final Iterator<Map.Entry<String, JsonNode>> barn;
        final String sti;

        Ramme(JsonNode node, String sti) {
            this.sti = sti;
            if (node.isObject()) {
                this.barn = node.properties().iterator();
            } else {
                Iterator<JsonNode> elementer = node.elements();
                this.barn = new Iterator<>() {
                    private int indeks;

                    @Override
                    public boolean hasNext() {
                        return elementer.hasNext();
                    }

                    @Override
                    public Map.Entry<String, JsonNode> next() {
                        return Map.entry(Integer.toString(indeks++), elementer.next());
                    }
                };
            }
        }
    }
}
