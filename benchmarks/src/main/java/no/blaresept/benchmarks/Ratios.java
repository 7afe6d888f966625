package no.blaresept.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks and reports each SDK method as a ratio of the baseline measured in the same
 * run: machines are shared and noisy, so absolute figures mean little, ratios a lot.
 *
 * <p>In each benchmark class, a method {@code sdkX} is compared with {@code baselineX}, or with the
 * class's only {@code baseline…} method. Takes JMH's own command-line options, e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 skjema}; with {@code -prof gc}
 * it also reports bytes allocated per operation.
 */
public final class Ratios {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private Ratios() {
    }

    /**
     * Runs the benchmarks selected by JMH's options and prints the ratio table.
     *
     * @param args JMH command-line options
     * @throws RunnerException            when JMH fails
     * @throws CommandLineOptionException when the options are malformed
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.println();
        System.out.println("Ratios against the baseline of the same run (lower is better; alloc = bytes/op):");
        System.out.printf(Locale.ROOT, "%-58s %-26s %12s %12s %8s %14s%n",
                "benchmark", "baseline", "sdk", "baseline", "ratio", "extra alloc");
        for (Map.Entry<String, List<RunResult>> group : byClassAndParams(results).entrySet()) {
            report(group.getKey(), group.getValue());
        }
    }

    private static Map<String, List<RunResult>> byClassAndParams(Collection<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
            String params = r.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + r.getParams().getParam(k)).toList().toString();
            groups.computeIfAbsent(owner + params, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static void report(String group, List<RunResult> runs) {
        List<RunResult> baselines = runs.stream().filter(r -> method(r).startsWith("baseline")).toList();
        for (RunResult sdk : runs) {
            String name = method(sdk);
            if (!name.startsWith("sdk")) {
                continue;
            }
            String suffix = name.substring("sdk".length());
            Optional<RunResult> baseline = baselines.stream()
                    .filter(b -> method(b).equals("baseline" + suffix)).findFirst()
                    .or(() -> baselines.size() == 1 ? Optional.of(baselines.get(0)) : Optional.empty());
            if (baseline.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-58s (no baseline found)%n", shortName(group, name));
                continue;
            }
            Result<?> s = sdk.getPrimaryResult();
            Result<?> b = baseline.get().getPrimaryResult();
            System.out.printf(Locale.ROOT, "%-58s %-26s %12.4g %12.4g %7.3fx %14s%n",
                    shortName(group, name), method(baseline.get()), s.getScore(), b.getScore(),
                    s.getScore() / b.getScore(), extraAllocation(sdk, baseline.get()));
        }
    }

    private static String extraAllocation(RunResult sdk, RunResult baseline) {
        Result<?> s = sdk.getSecondaryResults().get(ALLOCATION);
        Result<?> b = baseline.getSecondaryResults().get(ALLOCATION);
        if (s == null || b == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.0f B", s.getScore() - b.getScore());
    }

    private static String method(RunResult r) {
        String benchmark = r.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String shortName(String group, String method) {
        return group.replace("no.blaresept.benchmarks.", "") + "." + method;
    }
}
