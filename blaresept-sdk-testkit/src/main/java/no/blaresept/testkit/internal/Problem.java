package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The one factory of RFC 9457 problem answers, as the contract's {@code Problem} schema describes
 * them: a {@link Type} gives status, type slug and title; the caller gives the detail. Title and detail
 * are Norwegian, as the service's own texts are. Details never contain personal data: they name
 * fields and states, not values.
 */
final class Problem {

    private static final String TYPE_BASE = "https://blaresept.helsedirektoratet.no/problem/";

    /** How a problem answer marks its outcome for the rehearsal report: {@code problem:<type slug>}. */
    static final String PROBLEM = "problem:";

    /** The kinds of problem the mock answers with. */
    enum Type {
        UGYLDIG_FORESPORSEL(400, "ugyldig-foresporsel", "Ugyldig forespørsel"),
        UGYLDIG_SKJEMADATA(400, "ugyldig-skjemadata", "Skjemadata er ikke gyldige"),
        IKKE_AUTENTISERT(401, "ugyldig-token", "Ikke autentisert"),
        MANGLER_SCOPE(403, "mangler-scope", "Tilgang nektet"),
        IKKE_FUNNET(404, "ikke-funnet", "Ikke funnet"),
        METODE(405, "metode", "Metoden er ikke tillatt"),
        TILSTANDSKONFLIKT(409, "tilstandskonflikt", "Søknaden er ikke i riktig tilstand"),
        ALLEREDE_SENDT(409, "allerede-sendt", "Søknaden er allerede sendt"),
        FOR_MANGE_KALL(429, "for-mange-kall", "For mange kall"),
        INTERN_FEIL(500, "intern-feil", "Intern feil"),
        UTILGJENGELIG(503, "utilgjengelig", "Tjenesten er utilgjengelig");

        private final int status;
        private final String slug;
        private final String tittel;

        /** The outcome mark of an answer of this type. */
        String utfall() {
            return PROBLEM + slug;
        }

        Type(int status, String slug, String tittel) {
            this.status = status;
            this.slug = slug;
            this.tittel = tittel;
        }
    }

    private Problem() {
    }

    /** A problem of this type with its own status. */
    static Response svar(Type type, String detalj) {
        return svar(type, type.status, detalj, List.of());
    }

    /** A problem that lists field errors ({@code feil}), as for 400 invalid answers. */
    static Response svar(Type type, String detalj, List<Feil> feil) {
        return svar(type, type.status, detalj, feil);
    }

    /** A problem of this type with another status of the same family (an access refusal may be 400). */
    static Response svar(Type type, int status, String detalj, List<Feil> feil) {
        ObjectNode body = Response.objekt()
                .put("type", TYPE_BASE + type.slug)
                .put("title", type.tittel)
                .put("status", status)
                .put("detail", detalj);
        if (!feil.isEmpty()) {
            ArrayNode liste = body.putArray("feil");
            feil.forEach(f -> liste.add(f.somJson()));
        }
        return Response.json(status, "application/problem+json", body).withUtfall(PROBLEM + type.slug);
    }

    /** Answers at once from inside a handler. */
    static Anrop.Avbrudd avbrudd(Type type, String detalj) {
        return new Anrop.Avbrudd(svar(type, detalj));
    }

    /**
     * A field error: where (JSON Pointer into skjemadata), a code, and a Norwegian text.
     */
    record Feil(String sti, String kode, String tekst) {
        ObjectNode somJson() {
            return Response.objekt().put("sti", sti).put("kode", kode).put("tekst", tekst);
        }
    }
}
