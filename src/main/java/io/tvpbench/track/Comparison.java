package io.tvpbench.track;

import io.tvpbench.results.RunEnvironment;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of comparing a run with a baseline: every common benchmark's change, the benchmarks found on one
 * side only, and whether the environments match. The caller decides what to do with the verdict
 * ({@code -Dbench.failOnRegression}); {@link #exitCode()} is what {@code scripts/tvp compare} returns.
 *
 * @param baseline         where the baseline came from
 * @param current          where the current run came from
 * @param baselineEnv      the baseline's environment
 * @param currentEnv       the current run's environment
 * @param options          the options used
 * @param changes          common benchmarks, regressions first, then by verdict and key
 * @param onlyInBaseline   keys measured in the baseline only
 * @param onlyInCurrent    keys measured in the current run only
 * @param environment      differences between the two environments
 * @param tests            how many benchmarks were tested, the m of the Holm correction
 * @param controls         each control family's shift per core count, measured on both sides
 * @param noControl        which side measured no control ("the baseline", "the current run", "either run"), or
 *                         empty when both did
 */
public record Comparison(String baseline, String current, RunEnvironment baselineEnv, RunEnvironment currentEnv,
                         CompareOptions options, List<BenchmarkChange> changes, List<String> onlyInBaseline,
                         List<String> onlyInCurrent, EnvironmentCheck environment, int tests,
                         List<ControlShift> controls, Optional<String> noControl) {

    public Comparison {
        changes = List.copyOf(changes);
        controls = List.copyOf(controls);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCurrent = List.copyOf(onlyInCurrent);
    }

    public List<BenchmarkChange> with(ChangeVerdict verdict) {
        return changes.stream().filter(c -> c.verdict() == verdict).toList();
    }

    /** The controls that moved beyond the threshold: the machine changed in their family. */
    public List<ControlShift> machineChanges() {
        return controls.stream().filter(ControlShift::machineChanged).toList();
    }

    public boolean hasRegression() {
        return changes.stream().anyMatch(c -> c.verdict() == ChangeVerdict.REGRESSION);
    }

    /** A regression fails only when the environments match, or when asked to fail regardless. */
    public boolean failsBuild() {
        return hasRegression() && (!environment.differs() || options.failOnEnvMismatch());
    }

    /** 1 when {@link #failsBuild()}, else 0 (bad input never gets this far: it is exit 2). */
    public int exitCode() {
        return failsBuild() ? 1 : 0;
    }

    /** One line for logs and the top of reports, e.g. "1 regression, 2 improvements, 40 unchanged". */
    public String headline() {
        StringBuilder line = new StringBuilder();
        for (ChangeVerdict verdict : ChangeVerdict.values()) {
            long n = with(verdict).size();
            if (n > 0) {
                line.append(line.isEmpty() ? "" : ", ").append(n).append(' ').append(verdict.label());
            }
        }
        if (!onlyInBaseline.isEmpty()) {
            line.append(", ").append(onlyInBaseline.size()).append(" only in baseline");
        }
        if (!onlyInCurrent.isEmpty()) {
            line.append(", ").append(onlyInCurrent.size()).append(" only in current");
        }
        return line.toString();
    }
}
