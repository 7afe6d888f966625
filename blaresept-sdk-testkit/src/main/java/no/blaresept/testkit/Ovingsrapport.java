package no.blaresept.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.testkit.internal.Rapportformat;

/**
 * The approval rehearsal report (G-2): what the EPJ did against the mock, judged against the
 * specification. Per requirement row of {@code docs/requirements.md} that the mock can observe, it
 * says whether the EPJ exercised it, and whether it kept or broke the rule, with evidence (time,
 * endpoint, correlation id — never a fødselsnummer, token or form content). It also lists every
 * outcome scenario and fault preset in the order an approval test goes through them, with the test
 * patient to use and how often the EPJ met it, so a vendor sees what it has not rehearsed yet.
 *
 * <p>Get it from {@link BlareseptMockServer#ovingsrapport()}, from the standalone jar
 * ({@code GET /__blaresept/rapport}, and a file on shutdown), or as the file the JUnit extension
 * writes at the end of a test run. {@link #markdown()} and {@link #json()} render it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ovingsrapport {

    /** How far the EPJ got with one requirement. Immutable. */
    public enum Status {
        /** The EPJ never did what the requirement is about. */
        IKKE_UTOVD,
        /** The EPJ met the outcome; what it shows the doctor is for the vendor's own test to judge. */
        UTOVD,
        /** Exercised, and every time the EPJ kept the rule. */
        OPPFYLT,
        /** At least once the EPJ broke the rule; the evidence says when. */
        BRUTT
    }

    /**
     * One observation behind a verdict. Immutable.
     *
     * @param tid           when the mock received the call
     * @param endepunkt     the endpoint called
     * @param correlationId the call's {@code X-Correlation-ID}, or {@code "(mangler)"}
     * @param tekst         what happened, without personal data
     */
    public record Bevis(Instant tid, ApiEndpoint endepunkt, String correlationId, String tekst) {
        /** Checks the parts. */
        public Bevis {
            Objects.requireNonNull(tid, "tid");
            Objects.requireNonNull(endepunkt, "endepunkt");
            Objects.requireNonNull(correlationId, "correlationId");
            Objects.requireNonNull(tekst, "tekst");
        }
    }

    /**
     * The verdict on one requirement. Immutable.
     *
     * @param krav   the requirement id, e.g. {@code F-3.1}, as in {@code docs/requirements.md}
     * @param hva    what the mock checks, in one line
     * @param status the verdict
     * @param bevis  evidence: for {@link Status#BRUTT} the violations, otherwise examples; at most
     *               {@value #MAKS_BEVIS}
     * @param antall how many observations there were in all
     */
    public record Kravvurdering(String krav, String hva, Status status, List<Bevis> bevis, int antall) {
        /** Checks the parts and copies the evidence. */
        public Kravvurdering {
            Objects.requireNonNull(krav, "krav");
            Objects.requireNonNull(hva, "hva");
            Objects.requireNonNull(status, "status");
            bevis = List.copyOf(bevis);
        }
    }

    /**
     * One line of the checklist: an outcome or fault, how to reach it, and how often the EPJ met it.
     * Immutable.
     *
     * @param utfall  a {@link Scenario} name, {@code STATUS_…} for a status lookup outcome, or
     *                {@code FAULT_…} for a fault preset
     * @param hvordan how to reach it (the test patient, or what to program)
     * @param antall  how many times the EPJ met it
     */
    public record Utfallsdekning(String utfall, String hvordan, int antall) {
        /** Checks the parts. */
        public Utfallsdekning {
            Objects.requireNonNull(utfall, "utfall");
            Objects.requireNonNull(hvordan, "hvordan");
        }

        /** Whether the EPJ met this outcome at least once. */
        public boolean mott() {
            return antall > 0;
        }
    }

    /** The most evidence kept per requirement. */
    public static final int MAKS_BEVIS = 20;

    private final List<Kravvurdering> krav;
    private final List<Utfallsdekning> sjekkliste;

    private Ovingsrapport(List<Kravvurdering> krav, List<Utfallsdekning> sjekkliste) {
        this.krav = List.copyOf(krav);
        this.sjekkliste = List.copyOf(sjekkliste);
    }

    /** A report of these verdicts and this checklist (in approval-test order). */
    public static Ovingsrapport of(List<Kravvurdering> krav, List<Utfallsdekning> sjekkliste) {
        return new Ovingsrapport(Objects.requireNonNull(krav, "krav"), Objects.requireNonNull(sjekkliste, "sjekkliste"));
    }

    /**
     * One report of several mocks' reports (the JUnit extension runs one mock per test class): a
     * requirement is broken if any report breaks it, kept if any keeps it and none breaks it;
     * checklist counts add up.
     */
    public static Ovingsrapport slaSammen(Collection<Ovingsrapport> rapporter) {
        Map<String, Kravvurdering> krav = new LinkedHashMap<>();
        Map<String, Utfallsdekning> liste = new LinkedHashMap<>();
        for (Ovingsrapport r : Objects.requireNonNull(rapporter, "rapporter")) {
            r.krav.forEach(k -> krav.merge(k.krav(), k, Ovingsrapport::slaSammen));
            r.sjekkliste.forEach(u -> liste.merge(u.utfall(), u,
                    (a, b) -> new Utfallsdekning(a.utfall(), a.hvordan(), a.antall() + b.antall())));
        }
        return new Ovingsrapport(new ArrayList<>(krav.values()), new ArrayList<>(liste.values()));
    }

    /** The verdict per requirement, in the order of {@code docs/requirements.md}. */
    public List<Kravvurdering> krav() {
        return krav;
    }

    /** The verdict on one requirement id, e.g. {@code "F-3.1"}. */
    public Optional<Kravvurdering> krav(String id) {
        Objects.requireNonNull(id, "id");
        return krav.stream().filter(k -> k.krav().equals(id)).findFirst();
    }

    /** Every outcome scenario and fault preset in approval-test order, with the test patient to use. */
    public List<Utfallsdekning> sjekkliste() {
        return sjekkliste;
    }

    /** The checklist lines the EPJ has not met yet. */
    public List<Utfallsdekning> ikkeMott() {
        return sjekkliste.stream().filter(u -> !u.mott()).toList();
    }

    /** The report as Markdown, for people. */
    public String markdown() {
        return Rapportformat.markdown(this);
    }

    /** The report as JSON, for CI jobs. */
    public String json() {
        return Rapportformat.json(this);
    }

    /**
     * Writes {@code <navn>.md} and {@code <navn>.json} into a directory, creating it if needed.
     *
     * @throws UncheckedIOException when the files cannot be written
     */
    public void skriv(Path mappe, String navn) {
        Objects.requireNonNull(mappe, "mappe");
        Objects.requireNonNull(navn, "navn");
        try {
            Files.createDirectories(mappe);
            Files.writeString(mappe.resolve(navn + ".md"), markdown(), StandardCharsets.UTF_8);
            Files.writeString(mappe.resolve(navn + ".json"), json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the rehearsal report could not be written to its directory", e);
        }
    }

    /** Counts only: the evidence stays out of logs. */
    @Override
    public String toString() {
        long brutt = krav.stream().filter(k -> k.status() == Status.BRUTT).count();
        return "Ovingsrapport[krav=" + krav.size() + ", brutt=" + brutt + ", ikkeMott=" + ikkeMott().size() + "]";
    }

    private static Kravvurdering slaSammen(Kravvurdering a, Kravvurdering b) {
        Status status = a.status().compareTo(b.status()) >= 0 ? a.status() : b.status();
        List<Bevis> bevis = new ArrayList<>();
        for (Kravvurdering k : List.of(a, b)) {
            if (k.status() == status) {
                bevis.addAll(k.bevis());
            }
        }
        return new Kravvurdering(a.krav(), a.hva(), status, bevis.subList(0, Math.min(MAKS_BEVIS, bevis.size())),
                a.antall() + b.antall());
    }
}
