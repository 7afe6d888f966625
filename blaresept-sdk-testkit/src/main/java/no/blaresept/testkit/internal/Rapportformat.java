package no.blaresept.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.blaresept.testkit.Ovingsrapport;
import no.blaresept.testkit.Ovingsrapport.Kravvurdering;
import no.blaresept.testkit.Ovingsrapport.Status;
import no.blaresept.testkit.Ovingsrapport.Utfallsdekning;

/** Renders a rehearsal report as Markdown (for people) and JSON (for CI jobs). Stateless. Not API. */
public final class Rapportformat {

    private Rapportformat() {
    }

    /** The report as Markdown: a summary, the verdict table, violations with evidence, the checklist. */
    public static String markdown(Ovingsrapport r) {
        StringBuilder md = new StringBuilder("# Blåresept approval rehearsal report\n\n");
        long brutt = r.krav().stream().filter(k -> k.status() == Status.BRUTT).count();
        md.append("Requirements violated: ").append(brutt).append(" of ").append(r.krav().size())
                .append(". Outcomes and faults not met yet: ").append(r.ikkeMott().size()).append(" of ")
                .append(r.sjekkliste().size()).append(".\n\n");
        md.append("| requirement | what the mock checks | verdict | observations |\n|---|---|---|---|\n");
        for (Kravvurdering k : r.krav()) {
            md.append("| ").append(k.krav()).append(" | ").append(k.hva()).append(" | ").append(tekst(k.status()))
                    .append(" | ").append(k.antall()).append(" |\n");
        }
        List<Kravvurdering> brudd = r.krav().stream().filter(k -> k.status() == Status.BRUTT).toList();
        if (!brudd.isEmpty()) {
            md.append("\n## Violations\n");
            for (Kravvurdering k : brudd) {
                md.append("\n### ").append(k.krav()).append(": ").append(k.hva()).append("\n\n");
                k.bevis().forEach(b -> md.append("- ").append(b.tid()).append(" `").append(b.endepunkt())
                        .append("` correlation id `").append(b.correlationId()).append("`: ").append(b.tekst()).append('\n'));
            }
        }
        md.append("\n## Checklist (approval-test order)\n\n| # | outcome | how to reach it | met |\n|---|---|---|---|\n");
        int nr = 1;
        for (Utfallsdekning u : r.sjekkliste()) {
            md.append("| ").append(nr++).append(" | ").append(u.utfall()).append(" | ").append(u.hvordan().replace("|", "\\|"))
                    .append(" | ").append(u.mott() ? u.antall() + "×" : "**not yet**").append(" |\n");
        }
        return md.toString();
    }

    /** The report as JSON: {@code krav} (with evidence) and {@code sjekkliste}. */
    public static String json(Ovingsrapport r) {
        ObjectNode rot = Response.objekt();
        ArrayNode krav = rot.putArray("krav");
        for (Kravvurdering k : r.krav()) {
            ObjectNode o = krav.addObject().put("krav", k.krav()).put("hva", k.hva())
                    .put("status", k.status().name()).put("antall", k.antall());
            ArrayNode bevis = o.putArray("bevis");
            k.bevis().forEach(b -> bevis.addObject().put("tid", b.tid().toString())
                    .put("endepunkt", b.endepunkt().name()).put("correlationId", b.correlationId()).put("tekst", b.tekst()));
        }
        ArrayNode liste = rot.putArray("sjekkliste");
        r.sjekkliste().forEach(u -> liste.addObject().put("utfall", u.utfall()).put("hvordan", u.hvordan())
                .put("antall", u.antall()).put("mott", u.mott()));
        rot.put("brutt", r.krav().stream().filter(k -> k.status() == Status.BRUTT).count());
        rot.put("ikkeMott", r.ikkeMott().size());
        try {
            return Response.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the rehearsal report could not be written as JSON", e);
        }
    }

    private static String tekst(Status status) {
        return switch (status) {
            case IKKE_UTOVD -> "not exercised";
            case UTOVD -> "exercised (outcome met)";
            case OPPFYLT -> "passed";
            case BRUTT -> "**VIOLATED**";
        };
    }
}
