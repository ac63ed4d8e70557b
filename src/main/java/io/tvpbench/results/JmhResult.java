package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON result file ({@code -rf json}), as JMH writes it. Unknown fields are ignored so that
 * files from other JMH versions and other projects still load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JmhResult(
        String jmhVersion,
        String benchmark,
        String mode,
        int threads,
        int forks,
        String jvm,
        List<String> jvmArgs,
        String jdkVersion,
        String vmName,
        String vmVersion,
        int warmupIterations,
        String warmupTime,
        int measurementIterations,
        String measurementTime,
        Map<String, String> params,
        JmhMetric primaryMetric,
        Map<String, JmhMetric> secondaryMetrics) {

    public JmhResult {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        params = params == null ? Map.of() : Map.copyOf(params);
        secondaryMetrics = secondaryMetrics == null ? Map.of() : Map.copyOf(secondaryMetrics);
    }

    /** The benchmark method's simple name: {@code io.x.FooBenchmark.bar} gives {@code bar}. */
    public String method() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }

    /** The benchmark class's simple name: {@code io.x.FooBenchmark.bar} gives {@code FooBenchmark}. */
    public String simpleClassName() {
        int dot = benchmark.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String owner = benchmark.substring(0, dot);
        return owner.substring(owner.lastIndexOf('.') + 1);
    }

    /** A param's value, or {@code null} when the benchmark has no such param. */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * The identity of this result within a run: benchmark name plus sorted params, e.g.
     * {@code io.x.FooBenchmark.bar:cores=2,strategy=VIRTUAL}. Two runs' results are compared by this key.
     */
    public String key() {
        StringBuilder key = new StringBuilder(benchmark);
        if (!params.isEmpty()) {
            key.append(':');
            params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> key.append(e.getKey()).append('=').append(e.getValue()).append(','));
            key.setLength(key.length() - 1);
        }
        return key.toString();
    }
}
