package io.tvpbench.track;

import java.util.Map;

/**
 * One configuration of a same-run A/B: head over base from paired rounds.
 *
 * @param key        the result key (benchmark and sorted params)
 * @param change     head / base − 1 of the metric, from the mean paired log ratio
 * @param ciLow      lower bound of the change at the row's Holm level (NaN with fewer than {@link AbComparison#MIN_PAIRS})
 * @param ciHigh     upper bound of the change at the row's Holm level
 * @param pairs      rounds in which both sides have a fork
 * @param pValue     the row's minimum-effect p-value (the smaller of "worse by more than the threshold" and
 *                   "better by more"), Holm-adjusted over the matrix; NaN when untestable
 * @param detectable the change these pairs could detect at the row's level with the comparison's power; NaN
 *                   when untestable
 */
public record AbRow(String key, String benchmark, Map<String, String> params, String mode, String unit,
                    Direction direction, double baseScore, double headScore, ChangeVerdict outcome, double change,
                    double ciLow, double ciHigh, int pairs, double pValue, double detectable) {

    public AbRow {
        params = Map.copyOf(params);
    }
}
