package no.blaresept.testkit.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.blaresept.testkit.Ovingsrapport;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects the rehearsal reports of every mock the JUnit extension ran and writes one merged report
 * when JUnit closes the root store at the end of the run: {@code ovingsrapport.md} and
 * {@code ovingsrapport.json} in the directory named by the system property
 * {@value #MAPPE_PROPERTY} ({@code target/blaresept-ovingsrapport} by default). Thread-safe.
 * Not API.
 */
@SuppressWarnings("deprecation") // CloseableResource: how JUnit before 5.13 closes store values; later ones use AutoCloseable
public final class Rapportsamler implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** The system property that names the report directory. */
    public static final String MAPPE_PROPERTY = "blaresept.ovingsrapport.dir";

    private static final ExtensionContext.Namespace NAVNEROM = ExtensionContext.Namespace.create(Rapportsamler.class);

    private final List<Ovingsrapport> rapporter = new ArrayList<>();
    private boolean skrevet;

    /** Adds a mock's report to the run's. */
    public static void legg(ExtensionContext context, Ovingsrapport rapport) {
        context.getRoot().getStore(NAVNEROM)
                .getOrComputeIfAbsent(Rapportsamler.class, k -> new Rapportsamler(), Rapportsamler.class)
                .legg(rapport);
    }

    private synchronized void legg(Ovingsrapport rapport) {
        rapporter.add(rapport);
    }

    /** The directory the report goes to. */
    public static Path mappe() {
        return Path.of(System.getProperty(MAPPE_PROPERTY, "target/blaresept-ovingsrapport"));
    }

    @Override
    public synchronized void close() {
        if (skrevet) {
            return;
        }
        skrevet = true;
        Ovingsrapport.slaSammen(rapporter).skriv(mappe(), "ovingsrapport");
    }
}
