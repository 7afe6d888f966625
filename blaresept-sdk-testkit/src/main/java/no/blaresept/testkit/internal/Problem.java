package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * RFC 9457 problem answers, as the contract's {@code Problem} schema describes them. Details never
 * contain personal data: they name fields and states, not values.
 */
final class Problem {

    private static final String TYPE_BASE = "https://blaresept.helsedirektoratet.no/problem/";

    private Problem() {
    }

    /** A problem with a type slug, title and detail. */
    static Svar svar(int status, String type, String title, String detail) {
        return svar(status, type, title, detail, List.of());
    }

    /** A problem that lists field errors ({@code feil}), as for 400 invalid input. */
    static Svar svar(int status, String type, String title, String detail, List<Feil> feil) {
        ObjectNode body = Svar.objekt()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (!feil.isEmpty()) {
            ArrayNode liste = body.putArray("feil");
            feil.forEach(f -> liste.add(f.somJson()));
        }
        return Svar.json(status, "application/problem+json", body);
    }

    static Svar ugyldigForesporsel(String detail) {
        return svar(400, "ugyldig-foresporsel", "Ugyldig forespørsel", detail);
    }

    static Svar tilstandskonflikt(String detail) {
        return svar(409, "tilstandskonflikt", "Søknaden er ikke i riktig tilstand", detail);
    }

    static Svar ikkeFunnet(String detail) {
        return svar(404, "ikke-funnet", "Ikke funnet", detail);
    }

    /**
     * A field error: where (JSON Pointer into skjemadata), a code, and a Norwegian text.
     */
    record Feil(String sti, String kode, String tekst) {
        ObjectNode somJson() {
            return Svar.objekt().put("sti", sti).put("kode", kode).put("tekst", tekst);
        }
    }
}
