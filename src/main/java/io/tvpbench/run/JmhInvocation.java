package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Benchmarks that share the profile's narrowing of their params (one declares grain 10us and 1ms, another only
 * 1ms); each benchmark keeps only values it declares. The configurations a round runs are worked out from here.
 */
public record JmhInvocation(List<BenchmarkListEntry> benchmarks, Map<String, List<String>> params) {

    public JmhInvocation {
        benchmarks = List.copyOf(benchmarks);
        params = Map.copyOf(params);
    }

    /** Benchmark × mode × param combinations, with the narrowed params and one core count. */
    public int configurations() {
        return configurations(1).size();
    }

    /** Every configuration at core count {@code cores}, one value per param. */
    public List<Configuration> configurations(int cores) {
        List<Configuration> all = new ArrayList<>();
        for (BenchmarkListEntry e : benchmarks) {
            SortedMap<String, List<String>> values = new TreeMap<>();
            e.getParams().orElse(Map.of()).forEach((name, declared) -> {
                if (!name.equals(Vocabulary.CORES_PARAM)) {
                    values.put(name, params.getOrDefault(name, Arrays.asList(declared)));
                }
            });
            List<Mode> modes = e.getMode() == Mode.All
                    ? Arrays.stream(Mode.values()).filter(m -> m != Mode.All).toList() : List.of(e.getMode());
            for (Mode mode : modes) {
                Configuration.combinations(values).forEach(p -> all.add(new Configuration(e.getUsername(), mode, p, cores)));
            }
        }
        return all;
    }

    public Duration estimate(Profile profile) {
        return configurations(1).stream().map(c -> profile.forkEstimate(c.mode(), Warmups.iterations(c, profile)))
                .reduce(Duration.ZERO, Duration::plus).multipliedBy(profile.minRounds());
    }
}
