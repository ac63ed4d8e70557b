package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Names;
import org.openjdk.jmh.annotations.Mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One configuration of a run: a benchmark method in one mode with one value per param, at one core count. A
 * round runs one fork of it. Its block is what the verdicts compare contenders within: the workload (or, for
 * benchmarks without one, the method) with every param that is neither a contender param nor the core count.
 */
public record Configuration(String benchmark, Mode mode, SortedMap<String, String> params, int cores) {

    public Configuration {
        params = new TreeMap<>(params);
    }

    /**
     * Identifies the configuration in rounds.json: the key of its JMH result ({@code benchmark:cores=2,k=v,...},
     * params sorted), so a reader of jmh-result.json finds its forks' rounds.
     */
    public String key() {
        SortedMap<String, String> all = new TreeMap<>(params);
        all.put(Vocabulary.CORES_PARAM, Integer.toString(cores));
        return benchmark + ":" + paramLabel(all);
    }

    /** For progress lines: {@code CpuThroughputBenchmark.tasks cores=2 grain=10us ...}. */
    public String label() {
        return Names.shortName(benchmark) + " cores=" + cores + " " + paramLabel(params).replace(',', ' ');
    }

    /** The scenario block the configuration belongs to. */
    public String block() {
        SortedMap<String, String> scenario = new TreeMap<>(params);
        scenario.keySet().removeAll(Vocabulary.CONTENDER_PARAMS);
        String workload = scenario.remove(Vocabulary.WORKLOAD_PARAM);
        return (workload == null ? Names.shortName(benchmark) : workload) + " " + paramLabel(scenario) + " cores=" + cores;
    }

    /** Whether the block is a verdict scenario (a workload with strategies competing). */
    public boolean competes() {
        return params.containsKey(Vocabulary.WORKLOAD_PARAM) && params.containsKey(Vocabulary.STRATEGY_PARAM);
    }

    /** The contender: the strategy with its configuring params. */
    public String contender() {
        SortedMap<String, String> own = new TreeMap<>(params);
        own.keySet().retainAll(Vocabulary.CONTENDER_PARAMS);
        String strategy = own.remove(Vocabulary.STRATEGY_PARAM);
        return ((strategy == null ? "" : strategy) + " " + paramLabel(own)).trim();
    }

    public String strategy() {
        return params.getOrDefault(Vocabulary.STRATEGY_PARAM, "");
    }

    /** JMH arguments for a single fork of exactly this configuration; the benchmark regex comes last, as JMH expects. */
    List<String> jmhArgs() {
        List<String> args = new ArrayList<>(List.of("-bm", mode.shortLabel(), "-p", Vocabulary.CORES_PARAM + "=" + cores));
        params.forEach((k, v) -> {
            args.add("-p");
            args.add(k + "=" + v);
        });
        args.add("^" + Pattern.quote(benchmark) + "$");
        return args;
    }

    /** Every combination of {@code values} (param → values), in a stable order. */
    static List<SortedMap<String, String>> combinations(Map<String, List<String>> values) {
        List<SortedMap<String, String>> all = new ArrayList<>(List.of(new TreeMap<>()));
        new TreeMap<>(values).forEach((name, options) -> {
            List<SortedMap<String, String>> next = new ArrayList<>();
            for (SortedMap<String, String> partial : all) {
                for (String v : options) {
                    SortedMap<String, String> more = new TreeMap<>(partial);
                    more.put(name, v);
                    next.add(more);
                }
            }
            all.clear();
            all.addAll(next);
        });
        return all;
    }

    private static String paramLabel(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
