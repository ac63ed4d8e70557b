package io.tvpbench.results;

import java.util.Optional;

/**
 * Which control family a result belongs to, read from {@link Vocabulary#FAMILIES}: comparisons across runs divide a
 * benchmark's change by its family's control shift, and reports keep the controls out of the verdicts.
 */
public final class Families {

    private Families() {
    }

    /** The family of a control result (its method), or empty when the result is no control. */
    public static Optional<String> ofControl(JmhResult result) {
        return suite(result) && result.simpleClassName().equals(Vocabulary.CONTROL_BENCHMARK)
                && Vocabulary.CONTROL_FAMILIES.contains(result.method())
                ? Optional.of(result.method()) : Optional.empty();
    }

    /**
     * The family whose control divides a suite benchmark's result: a per-task strategy's, else the method's, else
     * the class's; empty for controls themselves, user-task and foreign benchmarks.
     */
    public static Optional<String> of(JmhResult result) {
        if (!suite(result)) {
            return Optional.empty();
        }
        String owner = result.simpleClassName();
        Optional<String> own = Optional.ofNullable(Vocabulary.FAMILIES.get(owner + "." + result.method()))
                .or(() -> Optional.ofNullable(Vocabulary.FAMILIES.get(owner)));
        String strategy = result.param(Vocabulary.STRATEGY_PARAM);
        return own.map(family -> strategy == null ? family : Vocabulary.PER_TASK_FAMILIES.getOrDefault(strategy, family));
    }

    private static boolean suite(JmhResult result) {
        return result.benchmark().startsWith(Vocabulary.BENCHMARK_PACKAGE + ".");
    }
}
