package no.blaresept.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Ovingsrapport;
import no.blaresept.testkit.Ovingsrapport.Bevis;
import no.blaresept.testkit.Ovingsrapport.Status;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.internal.Flytlogg.Hendelse;

/**
 * Judges recorded calls against the specification's rules, in the order they arrived: the lookup
 * before each application (F-0.1), the form parts in order with id and version (F-2.1), valider before
 * send (F-3.1), no second send after an unknown outcome without a lookup in between and no send with
 * invalid answers (F-3.2), a status lookup after manual processing (F-3.8), attachments within the
 * rules (F-4.7), correlation id and User-Agent, token (T-2.4) and scope (T-2.5) on every call; and
 * which outcomes the EPJ met. Evidence names patients as "testpasient X" or "pasient #n", never by
 * number. Stateless; one judgement works on its own maps.
 */
final class Ovingsdommer {

    /** Fault presets after which the EPJ cannot know whether send arrived (a 500 may come after processing). */
    private static final Set<String> UKJENT_UTFALL = Set.of("LATENCY", "STATUS_500", "CONNECTION_RESET", "TRUNCATED_BODY",
            "MALFORMED_JSON");

    private final Map<String, Kravlinje> krav = new LinkedHashMap<>();
    private final Map<String, String> navn = new HashMap<>();
    private final Map<String, Boolean> sokSidenDel1 = new HashMap<>();
    private final Map<String, Hendelse> ukjentSend = new HashMap<>();
    private final Set<String> validert = new java.util.HashSet<>();
    private final Map<String, Hendelse> manuell = new LinkedHashMap<>();

    private Ovingsdommer() {
        linje("F-0.1", "the decision lookup (vedtak/sok) comes before each application's del1");
        utfall("F-1.2", "rejection at the decision lookup met", h -> h.utfall("VEDTAK_AVVISNING"));
        utfall("F-1.3", "warning at the decision lookup met", h -> h.utfall("VEDTAK_VARSEL"));
        utfall("F-1.4", "valid decision found", Ovingsdommer::vedtakFunnet);
        utfall("F-1.5", "decision texts shown (decision found)", Ovingsdommer::vedtakFunnet);
        utfall("F-1.6", "decision letter fetched with getVedtaksdokument",
                h -> h.endepunkt() == ApiEndpoint.VEDTAKSDOKUMENT && h.status() == 200);
        utfall("F-1.8", "no decision found", h -> h.utfall("INGEN_VEDTAK"));
        utfall("F-1.9", "application already under processing", h -> h.utfall("SOKNAD_TIL_BEHANDLING"));
        linje("(headers)", "X-Correlation-ID and User-Agent on every call");
        linje("F-2.1", "del1 → del2 → del3 in order, carrying soknadId and skjemaversjon");
        utfall("F-2.2", "rejection in the form met", h -> h.utfall("SKJEMA_AVVISNING"));
        utfall("F-2.3", "warning with the form met", h -> h.utfall("SKJEMA_VARSEL"));
        utfall("F-2.4", "form part returned", h -> h.utfall("SKJEMA"));
        linje("F-3.1", "valider before send, for the same application");
        linje("F-3.2", "send with valid answers, once; after an unknown outcome a lookup before sending again");
        utfall("F-3.3", "manual processing met", h -> h.utfall("MANUELL_SAKSBEHANDLING"));
        utfall("F-3.4", "manual processing reference handed out", h -> h.utfall("MANUELL_SAKSBEHANDLING"));
        utfall("F-3.5", "refusal with reasons met", h -> h.utfall("AVSLAG"));
        utfall("F-3.6", "grant with receipt met", h -> h.utfall("INNVILGET"));
        utfall("F-3.7", "receipt texts (grant) met", h -> h.utfall("INNVILGET"));
        linje("F-3.8", "status looked up by reference after manual processing");
        linje("F-4.7", "attachments sent are PDF/DOCX by content, at most 15 MB, valid base64");
        linje("T-2.4", "an access token (Bearer or DPoP) on every call, and accepted");
        linje("T-2.5", "each call's token holds the endpoint's scope");
    }

    static Ovingsrapport doem(List<Hendelse> hendelser) {
        Ovingsdommer d = new Ovingsdommer();
        hendelser.forEach(d::vurder);
        d.manuell.values().forEach(h -> d.rad("F-3.8").brutt(h, "manual processing for " + d.pasient(h)
                + " was never followed by a status lookup by its reference"));
        return Ovingsrapport.of(d.krav.values().stream().map(Kravlinje::vurdering).toList(), Sjekkliste.tell(hendelser));
    }

    private void vurder(Hendelse h) {
        krav.values().forEach(k -> k.utfall(h));
        headers(h);
        tilgang(h);
        switch (h.endepunkt()) {
            case VEDTAK_SOK -> h.pasient().filter(p -> h.status() == 200).ifPresent(p -> {
                sokSidenDel1.put(p, true);
                Optional.ofNullable(ukjentSend.remove(p)).ifPresent(u -> rad("F-3.2").oppfylt(h,
                        "looked up " + pasient(h) + " after the unknown send outcome of " + u.tid()));
            });
            case DEL1 -> del1(h);
            case DEL2, DEL3 -> skjemadel(h);
            case VALIDER -> {
                if (h.status() == 200) {
                    h.soknadId().ifPresent(validert::add);
                }
                vedlegg(h);
            }
            case SEND -> send(h);
            case STATUS -> h.soknadId().filter(s -> h.status() == 200).map(manuell::remove).ifPresent(m ->
                    rad("F-3.8").oppfylt(h, "status looked up after manual processing of " + pasient(h)));
            default -> { }
        }
    }

    private void del1(Hendelse h) {
        if (h.status() != 200 || h.pasient().isEmpty()) {
            return;
        }
        String p = h.pasient().get();
        if (sokSidenDel1.getOrDefault(p, false)) {
            rad("F-0.1").oppfylt(h, "del1 for " + pasient(h) + " after a decision lookup");
        } else {
            rad("F-0.1").brutt(h, "del1 for " + pasient(h) + " without a decision lookup since the last application");
        }
        sokSidenDel1.put(p, false);
    }

    private void skjemadel(Hendelse h) {
        if (h.status() == 200) {
            rad("F-2.1").oppfylt(h, h.endepunkt() + " accepted in order");
        } else if (h.utfall(Problem.Type.TILSTANDSKONFLIKT.utfall()) || h.utfall(Problem.Type.UGYLDIG_FORESPORSEL.utfall())) {
            rad("F-2.1").brutt(h, h.endepunkt() + " out of order, for an unknown soknadId, or without the current skjemaversjon");
        }
    }

    private void send(Hendelse h) {
        Kravlinje f32 = rad("F-3.2");
        Optional<Hendelse> tidligere = h.pasient().map(ukjentSend::get);
        if (tidligere.isPresent()) {
            f32.brutt(h, "send for " + pasient(h) + " again after the unknown outcome of the send at "
                    + tidligere.get().tid() + " (" + tidligere.get().correlationId().orElse("-") + ") without a lookup");
        } else if (h.utfall(Problem.Type.UGYLDIG_SKJEMADATA.utfall())) {
            f32.brutt(h, "send with answers that do not satisfy the schema");
        } else if (h.utfall(Problem.Type.ALLEREDE_SENDT.utfall())) {
            f32.brutt(h, "send of an application that was already sent");
        } else if (h.status() == 200) {
            f32.oppfylt(h, "send with valid answers");
        }
        if (h.fault().filter(UKJENT_UTFALL::contains).isPresent()) {
            h.pasient().ifPresent(p -> ukjentSend.put(p, h));
        }
        h.soknadId().ifPresent(s -> {
            if (validert.contains(s)) {
                rad("F-3.1").oppfylt(h, "send after valider");
            } else {
                rad("F-3.1").brutt(h, "send without valider for this application");
            }
            if (h.utfall("MANUELL_SAKSBEHANDLING")) {
                manuell.put(s, h);
            }
        });
        vedlegg(h);
    }

    private void vedlegg(Hendelse h) {
        if (h.vedleggFeil()) {
            rad("F-4.7").brutt(h, "an attachment that breaks the rules reached " + h.endepunkt());
        } else if (h.vedlegg()) {
            rad("F-4.7").oppfylt(h, "attachments within the rules");
        }
    }

    private void headers(Hendelse h) {
        if (h.correlationId().isPresent() && h.userAgent()) {
            rad("(headers)").oppfylt(h, "both headers present");
        } else {
            rad("(headers)").brutt(h, (h.correlationId().isEmpty() ? "X-Correlation-ID" : "")
                    + (h.correlationId().isEmpty() && !h.userAgent() ? " and " : "")
                    + (h.userAgent() ? "" : "User-Agent") + " missing");
        }
    }

    private void tilgang(Hendelse h) {
        if (!h.token()) {
            rad("T-2.4").brutt(h, "no Bearer or DPoP token");
        } else if (h.status() == 401) {
            rad("T-2.4").brutt(h, "the token or DPoP proof was refused (401)");
        } else {
            rad("T-2.4").oppfylt(h, "token present");
        }
        if (h.status() == 403 || h.scopeRiktig().filter(ok -> !ok).isPresent()) {
            rad("T-2.5").brutt(h, "the token lacks the scope " + h.endepunkt().scope().value());
        } else if (h.scopeRiktig().isPresent()) {
            rad("T-2.5").oppfylt(h, "the token holds " + h.endepunkt().scope().value());
        }
    }

    private static boolean vedtakFunnet(Hendelse h) {
        return h.utfall("VEDTAK_FUNNET") || h.utfall("VEDTAK_FUNNET_MA_LESE_DOKUMENT");
    }

    /** "testpasient AVSLAG" for a well-known synthetic patient, otherwise "pasient #n" in order of appearance. */
    private String pasient(Hendelse h) {
        return h.pasient().map(p -> navn.computeIfAbsent(p, n -> Testpasient.of(n).map(t -> "testpasient " + t)
                .orElse("pasient #" + (navn.size() + 1)))).orElse("an unknown patient");
    }

    /** The row of a requirement this judge registered in its constructor. */
    private Kravlinje rad(String id) {
        return Objects.requireNonNull(krav.get(id), id);
    }

    private void linje(String id, String hva) {
        krav.put(id, new Kravlinje(id, hva, h -> false));
    }

    private void utfall(String id, String hva, Predicate<Hendelse> mott) {
        krav.put(id, new Kravlinje(id, hva, mott));
    }

    /** The verdict on one requirement while the calls are judged. */
    private static final class Kravlinje {
        private final String id;
        private final String hva;
        private final Predicate<Hendelse> mott;
        private final List<Bevis> brudd = new ArrayList<>();
        private final List<Bevis> eksempler = new ArrayList<>();
        private int antall;
        private boolean utovd;

        Kravlinje(String id, String hva, Predicate<Hendelse> mott) {
            this.id = id;
            this.hva = hva;
            this.mott = mott;
        }

        void utfall(Hendelse h) {
            if (mott.test(h)) {
                utovd = true;
                antall++;
                legg(eksempler, h, "met");
            }
        }

        void oppfylt(Hendelse h, String tekst) {
            antall++;
            legg(eksempler, h, tekst);
        }

        void brutt(Hendelse h, String tekst) {
            antall++;
            legg(brudd, h, tekst);
        }

        Ovingsrapport.Kravvurdering vurdering() {
            Status status = !brudd.isEmpty() ? Status.BRUTT
                    : utovd ? Status.UTOVD
                    : eksempler.isEmpty() ? Status.IKKE_UTOVD : Status.OPPFYLT;
            return new Ovingsrapport.Kravvurdering(id, hva, status, brudd.isEmpty() ? eksempler : brudd, antall);
        }

        private static void legg(List<Bevis> liste, Hendelse h, String tekst) {
            if (liste.size() < Ovingsrapport.MAKS_BEVIS) {
                liste.add(new Bevis(h.tid(), h.endepunkt(), h.correlationId().orElse("(mangler)"), tekst));
            }
        }
    }
}
