package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Benchmarks that one JMH process runs for a core count. JMH applies {@code -p} to every benchmark it runs, so
 * benchmarks the profile narrows differently (one declares grain 10us and 1ms, another only 1ms) run in
 * separate invocations; each benchmark keeps only values it declares.
 */
public record JmhInvocation(List<BenchmarkListEntry> benchmarks, Map<String, List<String>> params) {

    public JmhInvocation {
        benchmarks = List.copyOf(benchmarks);
        params = Map.copyOf(params);
    }

    /** Benchmark × mode × param combinations, with the narrowed params and one core count. */
    public int configurations() {
        return benchmarks.stream().mapToInt(this::configurations).sum();
    }

    public Duration estimate(Profile profile) {
        return benchmarks.stream()
                .map(e -> profile.estimate(e.getMode(), warmupIterations(profile)).multipliedBy(configurations(e)))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private int configurations(BenchmarkListEntry e) {
        int n = e.getMode() == Mode.All ? Mode.values().length - 1 : 1;
        for (Map.Entry<String, String[]> param : e.getParams().orElse(Map.of()).entrySet()) {
            if (!param.getKey().equals(Vocabulary.CORES_PARAM)) {
                List<String> narrowed = params.get(param.getKey());
                n *= narrowed == null ? param.getValue().length : narrowed.size();
            }
        }
        return n;
    }

    /** The warm-up iterations these benchmarks get: the most any of their families needs ({@link Warmups}). */
    public int warmupIterations(Profile profile) {
        return benchmarks.stream().mapToInt(e -> Warmups.iterations(e.getUsername(), profile)).max()
                .orElse(profile.warmupIterations());
    }

    /** JMH options: the narrowed params, then a regex naming exactly these benchmarks (last, as JMH expects). */
    public List<String> jmhArgs() {
        List<String> args = new ArrayList<>();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> {
            args.add("-p");
            args.add(p.getKey() + "=" + String.join(",", p.getValue()));
        });
        args.add(benchmarks.stream().map(BenchmarkListEntry::getUsername).distinct().map(Pattern::quote)
                .collect(Collectors.joining("|", "^(", ")$")));
        return args;
    }
}
