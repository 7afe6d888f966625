package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One model shared by many threads (many users of one EPJ server) gives each the same answers as alone. */
class TradsikkerhetTest {

    @Test
    void sharedModelGivesTheSameResultsConcurrently() throws Exception {
        SkjemaModell modell = SkjemaModell.of(Eksempelskjema.soknad());
        List<Svar> svar = new ArrayList<>();
        Svargenerator generator = new Svargenerator(modell, 11);
        for (int i = 0; i < 8; i++) {
            svar.add(generator.neste().med("/hjemmel", TextNode.valueOf(i % 2 == 0 ? "BRF_3" : "BRF_6")));
        }
        List<String> forventet = svar.stream().map(s -> resultat(modell, s)).toList();

        ExecutorService traader = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int runde = 0; runde < 10; runde++) {
                for (Svar s : svar) {
                    Callable<String> jobb = () -> resultat(modell, s);
                    futures.add(traader.submit(jobb));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(forventet.get(i % svar.size()));
            }
        } finally {
            traader.shutdownNow();
        }
    }

    @Test
    void answersSharedBetweenThreadsRememberTheRightState() throws Exception {
        // Threads race to fill the same answers' state memory, each from a predecessor's remembered state.
        SkjemaModell modell = SkjemaModell.of(Eksempelskjema.soknad());
        Svar grunn = new Svargenerator(modell, 12).neste();
        modell.tilstand(grunn);
        List<Svar> nye = new ArrayList<>();
        for (Felt felt : modell.felter()) {
            if (!felt.sti().contains("/-") && felt.type() == FeltType.BOOLSK) {
                nye.add(modell.oppdater(grunn, felt.sti(), BooleanNode.TRUE,
                        Rensing.BEHOLD_SKJULTE));
            }
        }
        List<String> forventet = nye.stream().map(s -> synlige(modell, Svar.of(s.json()))).toList();

        ExecutorService traader = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(traader.submit(() -> nye.stream().map(s -> synlige(modell, s)).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(forventet);
            }
        } finally {
            traader.shutdownNow();
        }
    }

    private static String synlige(SkjemaModell modell, Svar s) {
        return modell.tilstand(s).felter().stream().map(t -> t.sti() + t.synlig() + t.pakrevd()).toList().toString();
    }

    private static String resultat(SkjemaModell modell, Svar s) {
        return modell.tilstand(s).synlige().stream().map(t -> t.sti() + t.pakrevd()).toList()
                + "|" + modell.validerAlle(s).feil() + "|" + modell.rens(s).json();
    }
}
