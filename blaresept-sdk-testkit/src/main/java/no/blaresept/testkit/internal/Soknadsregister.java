package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock's memory of applications: those being filled in (by soknadId, from del1) and those sent
 * (by søknadsreferanse). Thread-safe: maps are concurrent and entries immutable; one application is
 * moved on with an atomic compute, so two racing calls cannot both advance or both send it.
 */
final class Soknadsregister {

    /** How far an application has come. */
    enum Steg { DEL1, DEL2, DEL3, AVVIST, SENDT }

    /** An application being filled in. {@code hjemmel} and {@code produkt} as the client sent them. */
    record Soknad(String soknadId, String fodselsnummer, String hjemmel, JsonNode produkt, Steg steg) {
        Soknad med(Steg nytt) {
            return new Soknad(soknadId, fodselsnummer, hjemmel, produkt, nytt);
        }
    }

    /** A sent application that the service remembers: granted, refused or in manual processing. */
    record Innsendt(String soknadsreferanse, Soknad soknad, String status, Instant tidspunkt) { }

    private final Map<String, Soknad> soknader = new ConcurrentHashMap<>();
    private final Map<String, Innsendt> innsendte = new ConcurrentHashMap<>();
    /** The latest sent application's reference per patient and product, so a lookup does not scan them all. */
    private final Map<String, String> sisteReferanse = new ConcurrentHashMap<>();
    private final Set<String> dokumenter = ConcurrentHashMap.newKeySet();
    private final AtomicInteger lopenummer = new AtomicInteger(1000);

    Soknad start(String fodselsnummer, String hjemmel, JsonNode produkt) {
        Soknad s = new Soknad(UUID.randomUUID().toString(), fodselsnummer, hjemmel, produkt.deepCopy(), Steg.DEL1);
        soknader.put(s.soknadId(), s);
        return s;
    }

    Optional<Soknad> finn(String soknadId) {
        return Optional.ofNullable(soknader.get(soknadId));
    }

    /**
     * Moves an application from one step to the next, if it is in the expected step.
     *
     * @return the application after the move, or empty when it was not in {@code fra}
     */
    Optional<Soknad> flytt(String soknadId, Steg fra, Steg til) {
        Soknad[] flyttet = new Soknad[1];
        soknader.computeIfPresent(soknadId, (id, s) -> {
            if (s.steg() != fra) {
                return s;
            }
            flyttet[0] = s.med(til);
            return flyttet[0];
        });
        return Optional.ofNullable(flyttet[0]);
    }

    /** A new reference, e.g. {@code BRS-2026-001001}; never derived from the patient. */
    String nyReferanse() {
        return "BRS-2026-" + String.format("%06d", lopenummer.incrementAndGet());
    }

    void registrerInnsendt(Innsendt innsendt) {
        innsendte.put(innsendt.soknadsreferanse(), innsendt);
        sisteReferanse.put(nokkel(innsendt.soknad().fodselsnummer(), innsendt.soknad().produkt()),
                innsendt.soknadsreferanse());
    }

    Optional<Innsendt> innsendt(String soknadsreferanse) {
        return Optional.ofNullable(innsendte.get(soknadsreferanse));
    }

    /** The most recent sent application for the patient and product, if any. */
    Optional<Innsendt> sisteInnsendte(String fodselsnummer, JsonNode produkt) {
        return Optional.ofNullable(sisteReferanse.get(nokkel(fodselsnummer, produkt))).map(innsendte::get);
    }

    /** Changes the status of a sent application, as a case officer would. */
    boolean settStatus(String soknadsreferanse, String status) {
        return innsendte.computeIfPresent(soknadsreferanse,
                (ref, i) -> new Innsendt(ref, i.soknad(), status, Instant.now())) != null;
    }

    /**
     * Remembers an application in processing that the test patient "sent" outside this mock, so
     * status lookups by its reference work.
     */
    String registrerTilBehandling(String fodselsnummer, String hjemmel, JsonNode produkt) {
        Soknad soknad = new Soknad(UUID.randomUUID().toString(), fodselsnummer, hjemmel, produkt.deepCopy(), Steg.SENDT);
        String ref = nyReferanse();
        registrerInnsendt(new Innsendt(ref, soknad, "UNDER_BEHANDLING", Instant.now()));
        return ref;
    }

    /** A new decision-letter reference that getVedtaksdokument will serve. */
    String nyttDokument() {
        String ref = "VB-" + nyReferanse();
        dokumenter.add(ref);
        return ref;
    }

    boolean harDokument(String dokumentreferanse) {
        return dokumenter.contains(dokumentreferanse);
    }

    void nullstill() {
        soknader.clear();
        innsendte.clear();
        sisteReferanse.clear();
        dokumenter.clear();
    }

    /** Patient and product: a product is the same when its ATC code and item number are. */
    private static String nokkel(String fodselsnummer, JsonNode produkt) {
        return fodselsnummer + "|" + produkt.path("atcKode").asText("") + "|" + produkt.path("varenummer").asText("");
    }
}
