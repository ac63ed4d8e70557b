package io.tvpbench.track;

import java.util.Map;

/**
 * One benchmark + params compared across two runs. Relative figures are current / baseline − 1 of the mean of
 * fork means, so that the change, its interval and its test all see the same numbers.
 *
 * @param key              {@code JmhResult.key()}: benchmark name plus sorted params
 * @param benchmark        the fully qualified benchmark method
 * @param params           JMH params
 * @param mode             JMH mode, e.g. {@code thrpt}
 * @param unit             score unit, e.g. {@code ops/s}
 * @param direction        which way is better
 * @param baselineScore    JMH's score in the baseline
 * @param currentScore     JMH's score in the current run
 * @param baselineForks    forks measured in the baseline
 * @param currentForks     forks measured in the current run
 * @param change           relative change of the mean of fork means
 * @param changeLow        lower end of the simultaneous bootstrap interval of the change (level 1 − α/m); NaN
 *                         with fewer than two forks a side, where no interval can show fork-to-fork variation
 * @param changeHigh       upper end of that interval
 * @param pValue           Welch t-test on fork means, before correction (NaN when untestable)
 * @param adjustedP        after Holm–Bonferroni over the whole matrix (NaN when untestable)
 * @param detectableChange smallest relative change this fork count could detect at the corrected level
 * @param verdict          the conclusion
 */
public record BenchmarkChange(String key, String benchmark, Map<String, String> params, String mode, String unit,
                              Direction direction, double baselineScore, double currentScore, int baselineForks,
                              int currentForks, double change, double changeLow, double changeHigh, double pValue,
                              double adjustedP, double detectableChange, ChangeVerdict verdict) {

    public BenchmarkChange {
        params = Map.copyOf(params);
    }
}
