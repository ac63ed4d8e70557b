package io.tvpbench.run;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a run will measure, worked out from JMH's benchmark list before anything starts: the matching benchmarks,
 * the params the profile narrows, the number of configurations and a duration estimate. Bad input surfaces here.
 */
public record BenchmarkPlan(Profile profile, String include, CoreCounts cores, List<BenchmarkListEntry> benchmarks,
                            Map<String, List<String>> narrowedParams) {

    /** The param every result carries: the core count its fork was pinned to. */
    public static final String CORES_PARAM = "cores";

    public BenchmarkPlan {
        benchmarks = List.copyOf(benchmarks);
        narrowedParams = Map.copyOf(narrowedParams);
    }

    /**
     * Plans a run over the benchmarks in {@code list} whose name matches {@code include} (JMH's find semantics;
     * blank = all).
     *
     * @throws IllegalArgumentException when the regex does not compile or matches no benchmark
     */
    public static BenchmarkPlan of(BenchmarkList list, String include, Profile profile, CoreCounts cores) {
        String regex = include == null || include.isBlank() ? ".*" : include;
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--include: '" + regex + "' is not a valid regex: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        List<BenchmarkListEntry> found = new ArrayList<>(
                list.find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), List.of(regex), List.of()));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--include: '" + regex + "' matches no benchmark (java -jar target/benchmarks.jar -l lists them)");
        }
        return new BenchmarkPlan(profile, include == null || include.isBlank() ? "" : include, cores, found,
                narrow(found, profile));
    }

    /** For each param the profile narrows: the declared values it keeps, when that is fewer than all of them. */
    private static Map<String, List<String>> narrow(List<BenchmarkListEntry> entries, Profile profile) {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (BenchmarkListEntry e : entries) {
            params(e).forEach((name, values) ->
                    declared.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(Arrays.asList(values)));
        }
        Map<String, List<String>> narrowed = new LinkedHashMap<>();
        declared.forEach((name, values) -> {
            if (name.equals(CORES_PARAM)) {
                return;
            }
            profile.keptValues(name).ifPresent(keep -> {
                List<String> kept = values.stream().filter(keep::contains).toList();
                if (!kept.isEmpty() && kept.size() < values.size()) {
                    narrowed.put(name, kept);
                }
            });
        });
        return narrowed;
    }

    private static Map<String, String[]> params(BenchmarkListEntry e) {
        return e.getParams().orElse(Map.of());
    }

    /** Configurations run for one core count: benchmark × mode × param combinations. */
    public int configurationsPerCoreCount() {
        return benchmarks.stream().mapToInt(this::configurations).sum();
    }

    public int configurations() {
        return configurationsPerCoreCount() * cores.counts().size();
    }

    public Duration estimate() {
        Duration perCoreCount = benchmarks.stream()
                .map(e -> profile.estimate(e.getMode()).multipliedBy((long) configurations(e)))
                .reduce(Duration.ZERO, Duration::plus);
        return perCoreCount.multipliedBy(cores.counts().size());
    }

    private int configurations(BenchmarkListEntry e) {
        int n = e.getMode() == Mode.All ? Mode.values().length - 1 : 1;
        for (Map.Entry<String, String[]> param : params(e).entrySet()) {
            if (!param.getKey().equals(CORES_PARAM)) {
                List<String> narrowedValues = narrowedParams.get(param.getKey());
                n *= narrowedValues == null ? param.getValue().length : narrowedValues.size();
            }
        }
        return n;
    }

    /** JMH options for the include regex and the narrowed params (not the core count, which varies). */
    public List<String> jmhSelection() {
        List<String> args = new ArrayList<>();
        narrowedParams.forEach((name, values) -> {
            args.add("-p");
            args.add(name + "=" + String.join(",", values));
        });
        if (!include.isEmpty()) {
            args.add(include);
        }
        return args;
    }

    /** The plan as printed before a run starts. */
    public List<String> describe(boolean coresEnforced) {
        List<String> lines = new ArrayList<>();
        lines.add("Plan: profile " + profile.label() + ", " + benchmarks.size() + " benchmark methods"
                + (include.isEmpty() ? "" : " matching '" + include + "'") + ", cores " + cores.counts()
                + (coresEnforced ? " (pinned with taskset)" : " (NOT enforced: no taskset)"));
        lines.add("      " + configurations() + " configurations (" + configurationsPerCoreCount()
                + " per core count), estimated " + Durations.format(estimate())
                + profile.budget().map(b -> " (budget " + Durations.format(b) + " on 2 cores)").orElse(""));
        if (!narrowedParams.isEmpty()) {
            lines.add("      params narrowed by the profile: " + narrowedParams);
        }
        lines.add("      JMH options: " + String.join(" ", profile.jmhOptions()));
        profile.budget().filter(b -> estimate().compareTo(b) > 0).ifPresent(b -> lines.add(
                "      warning: the estimate exceeds the profile's budget; narrow with --include or --cores"));
        return lines;
    }
}
