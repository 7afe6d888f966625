package no.blaresept.benchmarks.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link VedtakSokBenchmark}'s two round trips, interleaved: rounds of {@code calls} SDK calls and
 * {@code calls} baseline calls, one after the other in one JVM (each side first every other round), against the same server. JMH runs each
 * benchmark in its own fork, one after the other, so on a shared machine whose speed drifts over
 * seconds the ratio of two JMH runs moves by ±0.2; here each SDK round is compared with the baseline
 * round next to it, and the report is the median of those ratios (of each round's median latency),
 * with its quartiles, plus each side's CPU time on the calling thread per call.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar no.blaresept.benchmarks.core.VedtakSokVeksling
 * [rounds, default 200] [calls per round, default 100]}. The first 10 rounds warm up and are not counted.
 */
public final class VedtakSokVeksling {

    private static final int WARMUP_ROUNDS = 10;

    private VedtakSokVeksling() {
    }

    /** One side's latencies of one round (ns) and its calling-thread CPU time (ns). */
    private record Round(long[] nanos, long cpuNanos) {
        long median() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /**
     * Runs the comparison and prints the report.
     *
     * @param args rounds and calls per round, both optional
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        VedtakSokBenchmark benchmark = new VedtakSokBenchmark();
        benchmark.oppsett();
        try {
            double[] ratios = new double[rounds];
            long[] sdkAll = new long[rounds * calls];
            long[] baselineAll = new long[rounds * calls];
            long sdkCpu = 0;
            long baselineCpu = 0;
            for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
                // Each side goes first every other round, so neither always follows the other.
                boolean sdkFirst = (r & 1) == 0;
                Round first = round(calls, sdkFirst ? benchmark::sdkSok : benchmark::baselineSok);
                Round second = round(calls, sdkFirst ? benchmark::baselineSok : benchmark::sdkSok);
                Round sdk = sdkFirst ? first : second;
                Round baseline = sdkFirst ? second : first;
                if (r >= 0) {
                    ratios[r] = (double) sdk.median() / baseline.median();
                    System.arraycopy(sdk.nanos(), 0, sdkAll, r * calls, calls);
                    System.arraycopy(baseline.nanos(), 0, baselineAll, r * calls, calls);
                    sdkCpu += sdk.cpuNanos();
                    baselineCpu += baseline.cpuNanos();
                }
            }
            Arrays.sort(ratios);
            Arrays.sort(sdkAll);
            Arrays.sort(baselineAll);
            long n = (long) rounds * calls;
            System.out.printf(Locale.ROOT, "vedtak/sok, %d rounds of %d calls each side, interleaved%n", rounds, calls);
            System.out.printf(Locale.ROOT, "  p50: SDK %.1f us, baseline %.1f us%n",
                    sdkAll[sdkAll.length / 2] / 1e3, baselineAll[baselineAll.length / 2] / 1e3);
            System.out.printf(Locale.ROOT, "  calling-thread CPU per call: SDK %.1f us, baseline %.1f us%n",
                    sdkCpu / 1e3 / n, baselineCpu / 1e3 / n);
            System.out.printf(Locale.ROOT, "  ratio of round medians: median %.3f (quartiles %.3f, %.3f)%n",
                    ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
        } finally {
            benchmark.rydd();
        }
    }

    private static Round round(int calls, Call call) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[calls];
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        return new Round(nanos, threads.getCurrentThreadCpuTime() - cpu);
    }
}
