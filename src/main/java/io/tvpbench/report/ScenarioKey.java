package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.Vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What was run: the workload and every param that is neither the contender nor the core count. */
public record ScenarioKey(String workload, SortedMap<String, String> params) implements Comparable<ScenarioKey> {

    private static final Comparator<ScenarioKey> ORDER = Comparator
            .comparing((ScenarioKey s) -> Order.rank(Vocabulary.WORKLOADS, s.workload()))
            .thenComparing(ScenarioKey::workload)
            .thenComparing(ScenarioKey::label);

    /** The {@code concurrency} param of a user's task run without {@code --concurrency}: each benchmark's default window. */
    static final String DEFAULT_CONCURRENCY = "0";

    public ScenarioKey {
        params = new TreeMap<>(params);
    }

    /** The scenario of a throughput result. */
    static ScenarioKey of(JmhResult result) {
        return new ScenarioKey(result.param(Vocabulary.WORKLOAD_PARAM), Order.params(result, k -> !k.equals(Vocabulary.WORKLOAD_PARAM)
                && !k.equals(Vocabulary.CORES_PARAM) && !Vocabulary.CONTENDER_PARAMS.contains(k)));
    }

    /** For people: {@code CPU grain=10us}; a user's task at its default window reads {@code concurrency=default}. */
    public String label() {
        if (Vocabulary.USER_TASK.equals(workload)
                && DEFAULT_CONCURRENCY.equals(params.get(Vocabulary.CONCURRENCY_PARAM))) {
            SortedMap<String, String> shown = new TreeMap<>(params);
            shown.put(Vocabulary.CONCURRENCY_PARAM, "default");
            return Order.label(workload, shown);
        }
        return Order.label(workload, params);
    }

    /** For file names: {@code CPU-grain-10us}, only letters, digits, '-' and '_'. */
    public String slug() {
        StringBuilder s = new StringBuilder(workload);
        params.forEach((k, v) -> s.append('-').append(k).append('-').append(v));
        return s.toString().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** The same scenario with another workload, to pair CPU with CPU_GIL. */
    ScenarioKey withWorkload(String other) {
        return new ScenarioKey(other, params);
    }

    @Override
    public int compareTo(ScenarioKey o) {
        return ORDER.compare(this, o);
    }
}
