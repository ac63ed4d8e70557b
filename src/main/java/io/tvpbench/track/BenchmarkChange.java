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
 * @param verdict          the conclusion (from the adjusted change where there is one)
 * @param family           the control family that divides this benchmark, or null (foreign or user-task)
 * @param controlShift     the family's control shift at this core count; NaN when it was not measured on both sides
 * @param adjustedChange   the change divided by the control's shift (time per op: times 1 / shift; throughput:
 *                         times the shift), which the verdict, p-values and detectable change describe; NaN when
 *                         not adjusted
 * @param adjustedLow      lower end of its simultaneous interval (level 1 − α/m, both uncertainties counted)
 * @param adjustedHigh     upper end of that interval
 */
public record BenchmarkChange(String key, String benchmark, Map<String, String> params, String mode, String unit,
                              Direction direction, double baselineScore, double currentScore, int baselineForks,
                              int currentForks, double change, double changeLow, double changeHigh, double pValue,
                              double adjustedP, double detectableChange, ChangeVerdict verdict, String family,
                              double controlShift, double adjustedChange, double adjustedLow, double adjustedHigh) {

    public BenchmarkChange {
        params = Map.copyOf(params);
    }

    /** Whether the verdict was reached after dividing by the family's control shift. */
    public boolean adjusted() {
        return !Double.isNaN(adjustedChange);
    }
}
