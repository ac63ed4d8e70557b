package io.tvpbench.track;

import io.tvpbench.stats.LogRatio;
import io.tvpbench.text.Fmt;

/**
 * How far one family's control moved between two runs at one core count: the machine's drift that the family's
 * benchmarks are divided by. The code under test does not run in a control, so a shift beyond the threshold says
 * the machine changed, not the code.
 *
 * @param family         the control family (its ControlBenchmark method)
 * @param cores          the core count the control ran at ({@code 0}: not enforced)
 * @param unit           the control's score unit (time per operation)
 * @param baselineScore  the control's score in the baseline
 * @param currentScore   the control's score in the current run
 * @param baselineForks  forks measured in the baseline
 * @param currentForks   forks measured in the current run
 * @param shift          current over baseline on the log scale (Welch on log fork means), interval at 1 − α
 * @param machineChanged whether the shift is beyond the comparison's threshold either way and its interval excludes
 *                       no change: a wide interval around a large estimate says the control was noisy, not that
 *                       the machine changed
 */
public record ControlShift(String family, String cores, String unit, double baselineScore, double currentScore,
                           int baselineForks, int currentForks, LogRatio shift, boolean machineChanged) {

    public double change() {
        return shift.ratio().estimate() - 1;
    }

    public double changeLow() {
        return shift.ratio().low() - 1;
    }

    public double changeHigh() {
        return shift.ratio().high() - 1;
    }

    /** Whether benchmarks can be divided by it: both sides had the forks an interval needs. */
    public boolean usable() {
        return shift.hasInterval();
    }

    /** What a reader is told when the control moved: "the machine changed by +23.4% (processSpawn, 2 cores)". */
    public String machineLine() {
        return "the machine changed by " + Fmt.change(change()) + " (" + family + ", " + cores
                + ("1".equals(cores) ? " core)" : " cores)");
    }
}
