package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;
import io.tvpbench.stats.Contest;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.LogRatio;
import io.tvpbench.stats.Outcome;
import io.tvpbench.stats.SequentialDesign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The answer for one scenario on one machine at one core count: the contenders ranked, and whether the fastest
 * is a clear winner, a demonstrated tie with the runner-up (within ±5%), undecided, or not judged because the
 * row lacks strategies (partial). Runs made of rounds are judged on within-round log ratios of fork means at the
 * sequential design's level per look; other input by Welch's test on log fork means at α = 0.05.
 *
 * @param contenders     every contender of the row, fastest first
 * @param tied           contenders not shown slower than the winner
 * @param runnerUp       the fastest other contender, or {@code null} when the winner ran alone
 * @param marginInterval winner over runner-up, the interval the decision used; NaN bounds without one
 * @param method         how the row was decided, for the reader
 * @param rounds         rounds (paired) or the fewest forks a side (unpaired) behind the margin
 * @param moreRounds     for an undecided row, how many more rounds its observed spread would need
 * @param moreSeconds    for an undecided row, what those rounds of its best and still-open contenders would take
 *                       at its run's fork times (as the runner would run them); NaN where the run did not record them
 * @param strategies     the row's strategies; with {@code strategiesExpected} the "N of M" of a partial row
 */
public record Verdict(ScenarioKey scenario, String machine, int cores, Contender winner, double winnerTasksPerSecond,
                      List<Contender> contenders, List<Contender> tied, Contender runnerUp,
                      double runnerUpTasksPerSecond, Interval marginInterval, String method, Outcome outcome,
                      boolean paired, int rounds, int moreRounds, double moreSeconds, int strategies,
                      int strategiesExpected) {

    /** Family-wise error rate of unpaired input, which was not looked at during its run. */
    public static final double ALPHA = SequentialDesign.ALPHA;

    /** Per-task strategies are declared only where tasks are coarse enough, so their absence leaves a row whole. */
    private static final Set<String> PER_TASK = Set.of(Vocabulary.THREAD_PER_TASK, Vocabulary.PROCESS_PER_TASK);

    public Verdict {
        contenders = List.copyOf(contenders);
        tied = List.copyOf(tied);
    }

    /**
     * Whether a row lacks contenders: a strategy the run measured for the same workload and core count elsewhere
     * (a pool, virtual threads, async) is missing from it, e.g. because the profile kept another grain for it.
     */
    public static boolean partial(Set<String> present, Set<String> workloadStrategies) {
        return workloadStrategies.stream().anyMatch(s -> !PER_TASK.contains(s) && !present.contains(s));
    }

    public boolean clear() {
        return outcome == Outcome.CLEAR;
    }

    /** How many times faster the winner is than the runner-up; NaN when it ran alone. */
    public double margin() {
        return runnerUp == null ? Double.NaN : marginInterval.estimate();
    }

    /**
     * Decides one cell; empty cells give no verdict.
     *
     * @param workloadStrategies strategies measured for the scenario's workload on this machine at these cores
     * @param lookAlpha          the level per look of the run's sequential design, for rows paired by rounds
     * @param prior              the spread of the row's class (its workload) a paired row is moderated toward
     */
    static List<Verdict> of(ScenarioKey scenario, String machine, int cores, List<Map.Entry<Contender, Point>> cell,
                            Set<String> workloadStrategies, double lookAlpha, Contest.Prior prior) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Contender, Point>> ranked = ranked(cell);
        List<Contender> contenders = ranked.stream().map(Map.Entry::getKey).toList();
        Set<String> present = contenders.stream().map(Contender::strategy).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(workloadStrategies);
        expected.addAll(present);
        Map.Entry<Contender, Point> best = ranked.get(0);
        Map.Entry<Contender, Point> second = ranked.size() < 2 ? null : ranked.get(1);
        boolean paired = paired(ranked);
        double alpha = paired ? lookAlpha : ALPHA;
        String method = paired
                ? "paired t on within-round log ratios of fork means" + (Double.isNaN(prior.variance()) ? ""
                        : ", spread moderated toward the workload's typical one (" + Fmt.sig(prior.df()) + " rounds' weight)")
                        + ", Holm-corrected, α = " + Fmt.sig(alpha) + " per look"
                : "Welch t-test on log fork means, Holm-corrected, α = " + Fmt.sig(alpha) + " (unpaired input)";
        if (second == null || partial(present, expected)) {
            return List.of(new Verdict(scenario, machine, cores, best.getKey(), best.getValue().estimate(), contenders,
                    List.of(), second == null ? null : second.getKey(),
                    second == null ? Double.NaN : second.getValue().estimate(),
                    Interval.pointOnly(second == null ? Double.NaN : best.getValue().estimate() / second.getValue().estimate()),
                    method, Outcome.PARTIAL, paired, 0, 0, Double.NaN, present.size(), expected.size()));
        }
        Contest contest = Contest.decide(ranked.stream().map(e -> paired
                ? e.getValue().pairing().byRound() : e.getValue().forkMeans()).toList(), paired, alpha, prior);
        List<Contender> tied = new ArrayList<>();
        for (int i = 0; i < contest.slower().size(); i++) {
            if (!contest.slower().get(i)) {
                tied.add(contenders.get(i + 1));
            }
        }
        double roundSeconds = paired ? ranked.get(0).getValue().pairing().forkSeconds() : Double.NaN;
        for (int i = 0; i < contest.open().size(); i++) {
            if (contest.open().get(i)) {
                roundSeconds += ranked.get(i + 1).getValue().pairing().forkSeconds();
            }
        }
        double moreSeconds = contest.outcome() == Outcome.UNDECIDED ? contest.moreRounds() * roundSeconds : Double.NaN;
        LogRatio margin = contest.margin();
        Interval interval = margin.hasInterval() ? margin.ratio()
                : Interval.pointOnly(best.getValue().estimate() / second.getValue().estimate());
        return List.of(new Verdict(scenario, machine, cores, best.getKey(), best.getValue().estimate(), contenders,
                tied, second.getKey(), second.getValue().estimate(), interval, method, contest.outcome(), paired,
                margin.n(), contest.moreRounds(), moreSeconds, present.size(), expected.size()));
    }

    /**
     * A cell's fork means by round, fastest contender first, for the prior of its class; empty when the cell is not
     * paired by the rounds of one run or has fewer than two contenders.
     */
    static List<double[]> rounds(List<Map.Entry<Contender, Point>> cell) {
        List<Map.Entry<Contender, Point>> ranked = ranked(cell);
        return ranked.size() < 2 || !paired(ranked) ? List.of()
                : ranked.stream().map(e -> e.getValue().pairing().byRound()).toList();
    }

    private static List<Map.Entry<Contender, Point>> ranked(List<Map.Entry<Contender, Point>> cell) {
        List<Map.Entry<Contender, Point>> ranked = new ArrayList<>(cell);
        ranked.sort(Comparator.comparingDouble((Map.Entry<Contender, Point> e) -> e.getValue().estimate()).reversed());
        return ranked;
    }

    /** Whether every contender was measured in the rounds of one and the same run. */
    private static boolean paired(List<Map.Entry<Contender, Point>> ranked) {
        return ranked.stream().allMatch(e -> e.getValue().pairing().paired())
                && ranked.stream().map(e -> e.getValue().pairing().run()).distinct().count() == 1;
    }
}
