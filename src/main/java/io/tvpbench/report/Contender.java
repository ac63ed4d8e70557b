package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.Vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Who competes: the strategy and the params that configure it (pool size, transport, start-up variant). */
public record Contender(String strategy, SortedMap<String, String> params) implements Comparable<Contender> {

    private static final Comparator<Contender> ORDER = Comparator
            .comparing((Contender c) -> Order.rank(Vocabulary.STRATEGIES, c.strategy()))
            .thenComparing(Contender::strategy)
            .thenComparing(Contender::label);

    public Contender {
        params = new TreeMap<>(params);
    }

    static Contender of(JmhResult result) {
        return new Contender(result.param(Vocabulary.STRATEGY_PARAM),
                Order.params(result, k -> !k.equals(Vocabulary.STRATEGY_PARAM) && Vocabulary.CONTENDER_PARAMS.contains(k)));
    }

    /** For people: {@code FIXED_POOL poolSize=CORES}. */
    public String label() {
        return Order.label(strategy, params);
    }

    /** Child JVMs rather than threads of this JVM. */
    public boolean isProcess() {
        return strategy.startsWith(Vocabulary.PROCESS_PREFIX);
    }

    public boolean isSequential() {
        return strategy.equals(Vocabulary.SEQUENTIAL);
    }

    @Override
    public int compareTo(Contender o) {
        return ORDER.compare(this, o);
    }
}
