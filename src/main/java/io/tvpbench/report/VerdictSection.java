package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;

/** Verdict first: for each kind of work and core count, who wins, by how much, and whether that is real. */
final class VerdictSection {

    /** Fork count from which a t-test has useful power for the differences seen here. */
    private static final int MANY_FORKS = 5;

    private VerdictSection() {
    }

    static Section build(List<Verdict> verdicts, int fewestForks, List<String> warnings, boolean severalMachines) {
        List<Block> blocks = new ArrayList<>();
        if (verdicts.isEmpty()) {
            blocks.add(new Block.Text("No throughput results in the input (mode thrpt with params strategy, workload "
                    + "and cores), so there is no verdict; the tables below list what was measured."));
        } else {
            Rows rows = new Rows(severalMachines, "scenario", Vocabulary.CORES_PARAM, "winner", "tasks/s", "verdict");
            for (Verdict v : verdicts) {
                rows.add(v.machine(), v.scenario().label(), cores(v.cores()), v.winner().label(),
                        Fmt.si(v.winnerTasksPerSecond(), ""), sentence(v));
            }
            blocks.add(rows.table());
            blocks.add(new Block.Text("\"Clear\" means the winner is faster than every other contender by Welch's "
                    + "t-test on per-fork means (the fork is the unit of replication), Holm-corrected at α = "
                    + Fmt.sig(Verdict.ALPHA) + "; results with fewer than two forks are compared by whether their "
                    + "confidence intervals overlap. Tied contenders are \"no clear winner\"."));
            int forks = fewestForks;
            if (forks >= 2 && forks < MANY_FORKS) {
                blocks.add(new Block.Text("Some results have only " + forks + " forks: with so few replications only "
                        + "large, steady differences can be called clear. More forks (-f) sharpen the verdict."));
            }
        }
        warnings.forEach(w -> blocks.add(new Block.Warning(w)));
        return new Section("verdict", "Verdict", "Which strategy should I use for this kind of work, at each core count?",
                blocks);
    }

    static String cores(int cores) {
        return cores == 0 ? "0 (not enforced)" : Integer.toString(cores);
    }

    static String sentence(Verdict v) {
        if (v.runnerUp() == null) {
            return "only contender";
        }
        if (v.clear()) {
            return "clear winner: " + margin(v) + " the throughput of " + v.runnerUp().label();
        }
        return "no clear winner: tied with " + String.join(", ", v.tied().stream().map(Contender::label).toList())
                + "; " + margin(v) + " the throughput of " + v.runnerUp().label();
    }

    /** {@code 1.83× (95% CI 1.62–2.07×)}, the interval only where there is one. */
    private static String margin(Verdict v) {
        Interval i = v.marginInterval();
        return Cells.times(new Interval(i.low(), v.margin(), i.high()));
    }
}
