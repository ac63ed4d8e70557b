package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a run will measure, worked out from JMH's benchmark list before anything starts: the matching benchmarks,
 * the params the profile narrows, the number of configurations and a duration estimate. Bad input surfaces here.
 */
public record BenchmarkPlan(Profile profile, String include, CoreCounts cores, List<JmhInvocation> invocations) {

    /** The benchmarks of a user's task ({@code bench/UserTask*}): run with {@code --task} only, never in the suite. */
    public static final String USER_TASK_BENCHMARKS = Pattern.quote(Vocabulary.BENCHMARK_PACKAGE + "."
            + Vocabulary.USER_TASK_PREFIX);

    public BenchmarkPlan {
        invocations = List.copyOf(invocations);
    }

    /**
     * Plans a run over the benchmarks in {@code list} whose name matches {@code include} (JMH's find semantics;
     * blank = all).
     *
     * @throws IllegalArgumentException when the regex does not compile or matches no benchmark
     */
    public static BenchmarkPlan of(BenchmarkList list, String include, Profile profile, CoreCounts cores) {
        return of(list, include, List.of(USER_TASK_BENCHMARKS), Map.of(), profile, cores);
    }

    /**
     * Plans the run of a user's task: its benchmarks only, with {@code params} applied to every benchmark that
     * declares them. A param declared with several values (strategy) is narrowed to the given ones, and a
     * benchmark left with none is dropped; a param declared with one value (the task's class, concurrency) is set.
     */
    public static BenchmarkPlan ofUserTask(BenchmarkList list, Map<String, List<String>> params, Profile profile,
                                           CoreCounts cores) {
        return of(list, USER_TASK_BENCHMARKS, List.of(), params, profile, cores);
    }

    private static BenchmarkPlan of(BenchmarkList list, String include, List<String> excludes,
                                    Map<String, List<String>> params, Profile profile, CoreCounts cores) {
        String regex = include == null || include.isBlank() ? ".*" : include;
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--include: '" + regex + "' is not a valid regex: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        List<BenchmarkListEntry> found = new ArrayList<>(
                list.find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), List.of(regex), excludes));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--include: '" + regex + "' matches no benchmark (java -jar target/benchmarks.jar -l lists them)");
        }
        Map<Map<String, List<String>>, List<BenchmarkListEntry>> byParams = new LinkedHashMap<>();
        for (BenchmarkListEntry e : found) {
            Map<String, List<String>> narrowed = narrow(e, profile, params);
            if (narrowed != null) {
                byParams.computeIfAbsent(narrowed, p -> new ArrayList<>()).add(e);
            }
        }
        if (byParams.isEmpty()) {
            throw new IllegalArgumentException("no benchmark runs with " + params);
        }
        List<JmhInvocation> invocations = new ArrayList<>();
        byParams.forEach((narrowed, entries) -> invocations.add(new JmhInvocation(entries, narrowed)));
        return new BenchmarkPlan(profile, include == null || include.isBlank() ? "" : include, cores, invocations);
    }

    /**
     * The values given in {@code params} (narrowing a multi-valued param, setting a single-valued one), else the
     * declared values the profile keeps of each param it narrows, where that is fewer than all of them; null when
     * a given param leaves the benchmark no value.
     */
    private static Map<String, List<String>> narrow(BenchmarkListEntry entry, Profile profile,
                                                    Map<String, List<String>> params) {
        Map<String, List<String>> narrowed = new TreeMap<>();
        for (Map.Entry<String, String[]> declared : entry.getParams().orElse(Map.of()).entrySet()) {
            List<String> given = params.get(declared.getKey());
            if (given == null) {
                continue;
            }
            List<String> values = declared.getValue().length == 1 ? given
                    : Arrays.stream(declared.getValue()).filter(given::contains).toList();
            if (values.isEmpty()) {
                return null;
            }
            narrowed.put(declared.getKey(), values);
        }
        entry.getParams().orElse(Map.of()).forEach((name, values) -> {
            if (!name.equals(Vocabulary.CORES_PARAM) && !params.containsKey(name)) {
                profile.keptValues(name).ifPresent(keep -> {
                    List<String> kept = Arrays.stream(values).filter(keep::contains).toList();
                    if (!kept.isEmpty() && kept.size() < values.length) {
                        narrowed.put(name, kept);
                    }
                });
            }
        });
        return narrowed;
    }

    /** Every matching benchmark (one entry per mode). */
    public List<BenchmarkListEntry> benchmarks() {
        return invocations.stream().flatMap(i -> i.benchmarks().stream()).toList();
    }

    /** Each narrowed param with the values kept anywhere, for the plan's printout. */
    public Map<String, Set<String>> narrowedParams() {
        Map<String, Set<String>> all = new TreeMap<>();
        invocations.forEach(i -> i.params().forEach((name, values) ->
                all.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values)));
        return all;
    }

    /** Configurations run for one core count: benchmark × mode × param combinations. */
    public int configurationsPerCoreCount() {
        return invocations.stream().mapToInt(JmhInvocation::configurations).sum();
    }

    public int configurations() {
        return configurationsPerCoreCount() * cores.counts().size();
    }

    /** Every configuration of the run, core count by core count; a first round runs each once. */
    public List<Configuration> configurationList() {
        return cores.counts().stream().flatMap(k -> invocations.stream().flatMap(i -> i.configurations(k).stream())).toList();
    }

    /** The minimum rounds' estimated wall time, from the profile's per-fork estimate. */
    public Duration estimate() {
        return invocations.stream().map(i -> i.estimate(profile)).reduce(Duration.ZERO, Duration::plus)
                .multipliedBy(cores.counts().size());
    }

    /** The plan as printed before a run starts. */
    public List<String> describe(boolean coresEnforced) {
        List<String> lines = new ArrayList<>();
        int methods = benchmarks().size();
        lines.add("Plan: profile " + profile.label() + ", " + methods + (methods == 1 ? " benchmark method" : " benchmark methods")
                + (include.isEmpty() ? "" : " matching '" + include + "'") + ", cores " + cores.counts()
                + (coresEnforced ? " (pinned with taskset)" : " (NOT enforced: no taskset)"));
        lines.add("      " + configurations() + " configurations (" + configurationsPerCoreCount()
                + " per core count), " + profile.minRounds() + " rounds estimated at " + Durations.format(estimate())
                + profile.budget().map(b -> " (budget " + Durations.format(b) + " on 2 cores)").orElse(""));
        if (!narrowedParams().isEmpty()) {
            lines.add("      params narrowed by the profile (where a benchmark declares them): " + narrowedParams());
        }
        lines.add("      rounds: at least " + profile.minRounds() + " of every configuration (blocks and contenders in a seeded"
                + " shuffled order), then extra rounds of the undecided rows' contenders "
                + profile.budget().map(b -> "while the measured fork costs fit the budget of " + Durations.format(b))
                .orElse("up to round " + profile.design().maxRounds()));
        lines.add("      decisions: " + profile.design().describe());
        lines.add("      JMH options per fork: " + String.join(" ", profile.jmhOptions()));
        profile.budget().filter(b -> estimate().compareTo(b) > 0).ifPresent(b -> lines.add(
                "      warning: the estimate exceeds the profile's budget; narrow with --include or --cores"));
        return lines;
    }
}
