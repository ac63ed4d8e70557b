package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Who competes: the strategy and the params that configure it (pool size, transport, start-up variant). */
public record Contender(String strategy, SortedMap<String, String> params) implements Comparable<Contender> {

    private static final List<String> STRATEGIES = List.of("SEQUENTIAL", "THREAD_PER_TASK", "FIXED_POOL", "FORK_JOIN",
            "VIRTUAL", "ASYNC", "PROCESS_POOL", "PROCESS_PER_TASK");

    private static final Comparator<Contender> ORDER = Comparator
            .comparing((Contender c) -> Order.rank(STRATEGIES, c.strategy()))
            .thenComparing(Contender::strategy)
            .thenComparing(Contender::label);

    public Contender {
        params = new TreeMap<>(params);
    }

    static Contender of(JmhResult result) {
        return new Contender(result.param("strategy"),
                Order.params(result, k -> !k.equals("strategy") && Measurement.CONTENDER_PARAMS.contains(k)));
    }

    /** For people: {@code FIXED_POOL poolSize=CORES}. */
    public String label() {
        return Order.label(strategy, params);
    }

    /** Child JVMs rather than threads of this JVM. */
    public boolean isProcess() {
        return strategy.startsWith("PROCESS");
    }

    public boolean isSequential() {
        return strategy.equals("SEQUENTIAL");
    }

    @Override
    public int compareTo(Contender o) {
        return ORDER.compare(this, o);
    }
}
