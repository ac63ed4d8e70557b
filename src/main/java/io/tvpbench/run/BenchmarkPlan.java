package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Durations;
import io.tvpbench.text.Names;
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
 * the params the profile narrows, each family's warm-up ({@link Warmups}), the number of configurations and a
 * duration estimate. Bad input surfaces here.
 */
public record BenchmarkPlan(Profile profile, String include, CoreCounts cores, List<JmhInvocation> invocations) {

    /** The benchmarks of a user's task ({@code bench/UserTask*}): run with {@code --task} only, never in the suite. */
    public static final String USER_TASK_BENCHMARKS = Pattern.quote(Vocabulary.BENCHMARK_PACKAGE + "."
            + Vocabulary.USER_TASK_PREFIX);

    /** The controls ({@code bench/ControlBenchmark}): every suite run measures them, whatever it includes. */
    public static final String CONTROLS = Pattern.quote(Vocabulary.BENCHMARK_PACKAGE + "."
            + Vocabulary.CONTROL_BENCHMARK + ".");

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
        return of(list, include, Map.of(), profile, cores);
    }

    /**
     * Plans a run as {@link #of(BenchmarkList, String, Profile, CoreCounts)} does, with the values of some params
     * given explicitly ({@code --param}, as JMH's {@code -p}): they replace the declared values and the profile's
     * narrowing. An explicit strategy × sharing pair that cannot run is refused, never dropped in silence.
     *
     * @throws IllegalArgumentException also when no matching benchmark declares an explicit param, or when an
     *                                  explicit strategy cannot share state by an explicit sharing mode
     */
    public static BenchmarkPlan of(BenchmarkList list, String include, Map<String, List<String>> explicit,
                                   Profile profile, CoreCounts cores) {
        SharingPairs.checkExplicit(explicit);
        return plan(list, include, List.of(USER_TASK_BENCHMARKS), explicit, Map.of(), profile, cores);
    }

    /**
     * Plans the run of a user's task: its benchmarks only, with {@code params} applied to every benchmark that
     * declares them. A param declared with several values (strategy) is narrowed to the given ones, and a
     * benchmark left with none is dropped; a param declared with one value (the task's class, concurrency) is set.
     */
    public static BenchmarkPlan ofUserTask(BenchmarkList list, Map<String, List<String>> params, Profile profile,
                                           CoreCounts cores) {
        return plan(list, USER_TASK_BENCHMARKS, List.of(), Map.of(), params, profile, cores);
    }

    private static BenchmarkPlan plan(BenchmarkList list, String include, List<String> excludes,
                                      Map<String, List<String>> explicit, Map<String, List<String>> task,
                                      Profile profile, CoreCounts cores) {
        String regex = include == null || include.isBlank() ? ".*" : include;
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--include: '" + regex + "' is not a valid regex: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
        List<BenchmarkListEntry> found = find(list, regex, excludes);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--include: '" + regex + "' matches no benchmark (java -jar target/benchmarks.jar -l lists them)");
        }
        explicit.keySet().stream()
                .filter(name -> found.stream().noneMatch(e -> e.getParams().orElse(Map.of()).containsKey(name)))
                .findFirst().ifPresent(name -> {
                    throw new IllegalArgumentException("--param " + name + ": no benchmark matching '" + regex
                            + "' declares the param " + name);
                });
        Map<Map<String, List<String>>, List<BenchmarkListEntry>> byParams = new LinkedHashMap<>();
        for (BenchmarkListEntry e : found) {
            Map<String, List<String>> overrides = narrow(e, profile, task);
            if (overrides == null) {
                continue;
            }
            e.getParams().orElse(Map.of()).keySet().stream().filter(explicit::containsKey)
                    .forEach(name -> overrides.put(name, explicit.get(name)));
            for (Map<String, List<String>> params : SharingPairs.split(values(e, overrides), overrides)) {
                byParams.computeIfAbsent(params, p -> new ArrayList<>()).add(e);
            }
        }
        if (byParams.isEmpty()) {
            throw new IllegalArgumentException("no benchmark runs with " + task);
        }
        List<JmhInvocation> invocations = new ArrayList<>();
        byParams.forEach((narrowed, entries) -> invocations.add(new JmhInvocation(entries, narrowed)));
        return new BenchmarkPlan(profile, include == null || include.isBlank() ? "" : include, cores, invocations);
    }

    /**
     * This plan with the controls of {@code list} added at every core count, whatever it includes: what a suite run
     * measures so that {@code tvp compare} can tell the machine's drift between runs from a change. A same-run A/B
     * pairs its sides and needs none.
     */
    public BenchmarkPlan withControls(BenchmarkList list) {
        List<BenchmarkListEntry> controls = find(list, CONTROLS, List.of()).stream()
                .filter(e -> !benchmarks().contains(e)).toList();
        if (controls.isEmpty()) {
            return this;
        }
        List<JmhInvocation> all = new ArrayList<>(invocations);
        all.add(new JmhInvocation(controls, Map.of()));
        return new BenchmarkPlan(profile, include, cores, all);
    }

    private static List<BenchmarkListEntry> find(BenchmarkList list, String regex, List<String> excludes) {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        return new ArrayList<>(list.find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT),
                List.of(regex), excludes));
    }

    /**
     * The values given in {@code task} (narrowing a multi-valued param, setting a single-valued one), else the
     * declared values the profile keeps of each param it narrows, where that is fewer than all of them; null when
     * a given param leaves the benchmark no value.
     */
    private static Map<String, List<String>> narrow(BenchmarkListEntry entry, Profile profile,
                                                    Map<String, List<String>> task) {
        Map<String, List<String>> narrowed = new TreeMap<>();
        for (Map.Entry<String, String[]> declared : entry.getParams().orElse(Map.of()).entrySet()) {
            List<String> given = task.get(declared.getKey());
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
            if (!name.equals(Vocabulary.CORES_PARAM) && !task.containsKey(name)) {
                profile.keptValues(simpleClassName(entry), name).ifPresent(keep -> {
                    List<String> kept = Arrays.stream(values).filter(keep::contains).toList();
                    if (!kept.isEmpty() && kept.size() < values.length) {
                        narrowed.put(name, kept);
                    }
                });
            }
        });
        return narrowed;
    }

    private static String simpleClassName(BenchmarkListEntry entry) {
        String owner = entry.getUserClassQName();
        return owner.substring(owner.lastIndexOf('.') + 1);
    }

    /** Each param's values to run: its override, else all it declares, in declared order. */
    private static Map<String, List<String>> values(BenchmarkListEntry entry, Map<String, List<String>> overrides) {
        Map<String, List<String>> values = new TreeMap<>();
        entry.getParams().orElse(Map.of()).forEach((name, declared) ->
                values.put(name, overrides.getOrDefault(name, List.of(declared))));
        return values;
    }

    /** Every matching benchmark (one entry per mode). */
    public List<BenchmarkListEntry> benchmarks() {
        return invocations.stream().flatMap(i -> i.benchmarks().stream()).distinct().toList();
    }

    /** Each narrowed param with the values kept anywhere, for the plan's printout; valid pairs are not narrowing. */
    public Map<String, Set<String>> narrowedParams() {
        Map<String, Set<String>> all = new TreeMap<>();
        invocations.forEach(i -> i.params().forEach((name, values) -> {
            if (!name.equals(Vocabulary.STRATEGY_PARAM) && !name.equals(Vocabulary.SHARING_PARAM)) {
                all.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values);
            }
        }));
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
        List<String> controls = benchmarks().stream().map(BenchmarkListEntry::getUsername)
                .filter(name -> Pattern.compile(CONTROLS).matcher(name).lookingAt()).map(Names::shortName).toList();
        if (!controls.isEmpty()) {
            lines.add("      controls of the machine's drift, at every core count and outside the verdicts: "
                    + String.join(", ", controls));
        }
        if (!narrowedParams().isEmpty()) {
            lines.add("      params narrowed by the profile (where a benchmark declares them): " + narrowedParams());
        }
        lines.add("      rounds: at least " + profile.minRounds() + " of every configuration (blocks and contenders in a seeded"
                + " shuffled order), then extra rounds of the undecided rows' contenders "
                + profile.budget().map(b -> "while the measured fork costs fit the budget of " + Durations.format(b))
                .orElse("up to round " + profile.design().maxRounds()));
        lines.add("      decisions: " + profile.design().describe());
        lines.add("      JMH options per fork: " + String.join(" ", profile.jmhOptions()));
        Map<String, Integer> longer = new TreeMap<>();
        configurationList().forEach(c -> {
            int warmups = Warmups.iterations(c, profile);
            if (warmups > profile.warmupIterations()) {
                longer.put(Warmups.owner(c), warmups);
            }
        });
        if (!longer.isEmpty()) {
            lines.add("      longer warm-up (-wi) for what settles late: " + longer);
        }
        profile.budget().filter(b -> estimate().compareTo(b) > 0).ifPresent(b -> lines.add(
                "      warning: the estimate exceeds the profile's budget; narrow with --include or --cores"));
        return lines;
    }
}
