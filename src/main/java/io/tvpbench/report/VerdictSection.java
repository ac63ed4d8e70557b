package io.tvpbench.report;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Contest;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.SequentialDesign;
import io.tvpbench.text.Durations;
import io.tvpbench.text.Fmt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Verdict first: for each kind of work and core count, who wins, by how much, and whether that is real. */
final class VerdictSection {

    /** Fork count from which a t-test has useful power for the differences seen here. */
    private static final int MANY_FORKS = 5;

    private VerdictSection() {
    }

    static Section build(List<Verdict> verdicts, int fewestForks, List<String> warnings, boolean severalMachines,
                         Optional<RunEnvironment.Rounds> rounds) {
        List<Block> blocks = new ArrayList<>();
        if (verdicts.isEmpty()) {
            blocks.add(new Block.Text("No throughput results in the input (mode thrpt with params strategy, workload "
                    + "and cores), so there is no verdict; the tables below list what was measured."));
        } else {
            Rows rows = new Rows(severalMachines, "scenario", Vocabulary.CORES_PARAM, "verdict", "contenders");
            for (Verdict v : verdicts) {
                rows.add(v.machine(), v.scenario().label(), cores(v.cores()), sentence(v),
                        String.join(" > ", v.contenders().stream().map(Contender::label).toList()));
            }
            blocks.add(rows.table());
            blocks.add(new Block.Text(methodNote(verdicts, rounds)));
            if (verdicts.stream().noneMatch(Verdict::paired) && fewestForks >= 2 && fewestForks < MANY_FORKS) {
                blocks.add(new Block.Text("Some results have only " + fewestForks + " forks: with so few replications "
                        + "only large, steady differences can be called clear. A run made of rounds decides more."));
            }
        }
        warnings.forEach(w -> blocks.add(new Block.Warning(w)));
        return new Section("verdict", "Verdict", "Which strategy should I use for this kind of work, at each core count?",
                blocks);
    }

    /** How the rows were decided, naming the sequential design where the input was made of rounds. */
    static String methodNote(List<Verdict> verdicts, Optional<RunEnvironment.Rounds> rounds) {
        long paired = verdicts.stream().filter(Verdict::paired).count();
        StringBuilder note = new StringBuilder("Contenders are listed fastest first. \"Clear\" means the winner is "
                + "faster than every other contender (Holm-corrected); \"equivalent\" means the winner and the "
                + "runner-up are within ±" + Fmt.sig(Contest.THRESHOLD * 100) + "% of each other: the whole interval "
                + "lies inside ±" + Fmt.sig(Contest.THRESHOLD * 100) + "% (two one-sided tests, each at the level per look, so the interval shown for an equivalent row is the "
                + "one at twice it), which wins over clear; "
                + "\"undecided\" rows say how many more rounds their observed spread would need; \"partial\" rows "
                + "lack strategies the run measured for the same work elsewhere and are not judged. ");
        if (paired > 0) {
            note.append(paired).append(" of ").append(verdicts.size()).append(" rows are paired: forks measured in the "
                    + "same round form pairs, and the interval is a t interval of the within-round log ratios of fork "
                    + "means, so drift that slows a whole round cancels. Each paired row's variance is moderated toward "
                    + "the typical variance of its workload's rows (empirical Bayes, worth " + Fmt.sig(Contest.PRIOR_ROUNDS)
                    + " rounds, as limma moderates t): three rounds' variance alone is uncertain by a factor of ten. ");
        }
        if (paired < verdicts.size()) {
            note.append(verdicts.size() - paired).append(" rows are unpaired (input without rounds): Welch's t on the "
                    + "logs of the per-fork means at α = ").append(Fmt.sig(Verdict.ALPHA)).append(". ");
        }
        rounds.ifPresent(r -> note.append("The run had ").append(r.count()).append(" rounds (stopped: ")
                .append(r.stoppedBecause()).append("); its sequential design ").append(new SequentialDesign(
                        r.looks().stream().mapToInt(Integer::intValue).toArray(), r.alpha()).describe())
                .append(", so stopping early when rows were decided keeps every verdict's error rate."));
        return note.toString().strip();
    }

    static String cores(int cores) {
        return cores == 0 ? "0 (not enforced)" : Integer.toString(cores);
    }

    static String sentence(Verdict v) {
        return switch (v.outcome()) {
            case PARTIAL -> v.runnerUp() == null ? "only contender"
                    : "partial: " + v.strategies() + " of " + v.strategiesExpected() + " strategies";
            case CLEAR -> "clear: " + v.winner().label() + " " + margin(v) + " over " + v.runnerUp().label() + basis(v);
            case EQUIVALENT -> "equivalent: " + v.winner().label() + " and " + v.runnerUp().label() + " within ±"
                    + Fmt.sig(Contest.THRESHOLD * 100) + "%, " + margin(v) + basis(v);
            case UNDECIDED -> "undecided: " + v.winner().label() + " " + margin(v) + " over " + v.runnerUp().label()
                    + basis(v) + "; about " + v.moreRounds() + " more " + (v.moreRounds() == 1 ? "round" : "rounds")
                    + (Double.isNaN(v.moreSeconds()) ? ""
                            : " (" + Durations.format(Duration.ofMillis(Math.round(v.moreSeconds() * 1000))) + " of forks)");
        };
    }

    /** {@code 1.07× [1.03–1.11]}, the interval only where there is one. */
    private static String margin(Verdict v) {
        Interval i = v.marginInterval();
        return Fmt.times(v.margin()) + (i.hasBounds() ? " [" + Fmt.sig(i.low()) + "–" + Fmt.sig(i.high()) + "]" : "");
    }

    private static String basis(Verdict v) {
        return v.paired() ? ", paired over " + v.rounds() + " rounds" : ", unpaired (" + v.rounds() + " forks)";
    }
}
