package no.blaresept.testsupport.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Collects {@link PiiMarkers} found in what a module hands its callers: each call's result
 * ({@code toString()}) or exception (message, causes, suppressed), and public values. One test scans
 * many calls, then {@link #ingenTreff(String)} fails it with every hit named. Not thread-safe: one test's own.
 */
public final class PiiFunn {

    private final List<String> treff = new ArrayList<>();
    private int skannet;

    /** Scans {@code verdi.toString()}. */
    public void verdi(String navn, Object verdi) {
        skannet++;
        String hit = PiiMarkers.firstIn(String.valueOf(verdi));
        if (hit != null) {
            treff.add(navn + ": " + verdi.getClass().getSimpleName() + " holds '" + hit + "'");
        }
    }

    /** Makes the call and scans its result, or the exception it threw with all its causes. */
    public void kall(String navn, Callable<?> kall) {
        Object resultat;
        try {
            resultat = kall.call();
        } catch (Exception e) {
            unntak(navn, e);
            return;
        }
        verdi(navn, resultat);
    }

    /** Scans an exception: its message and those of its causes and suppressed exceptions. */
    public void unntak(String navn, Throwable unntak) {
        skannet++;
        String hit = PiiMarkers.firstInThrowable(unntak);
        if (hit != null) {
            treff.add(navn + ": " + unntak.getClass().getSimpleName() + " holds '" + hit + "'");
        }
    }

    /** How many results, exceptions and values were scanned. */
    public int skannet() {
        return skannet;
    }

    /** Fails with every hit; prints how many were scanned, for the test report. */
    public void ingenTreff(String suite) {
        System.out.println("PII scan (" + suite + "): " + skannet + " scanned, " + treff.size() + " hits");
        assertThat(treff).as("results, exceptions and values holding personal data or secrets").isEmpty();
    }
}
