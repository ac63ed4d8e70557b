package io.tvpbench.report;

import io.tvpbench.stats.Difference;
import io.tvpbench.stats.Holm;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answer for one scenario on one machine at one core count: the fastest contender and the contenders it
 * cannot be told apart from. Each other contender is compared with the best by Welch's test on fork means,
 * Holm-corrected; without two forks on both sides, by whether the intervals overlap.
 *
 * @param tied       contenders not significantly slower than the winner; empty means a clear winner
 * @param runnerUp   the fastest other contender, or {@code null} when the winner ran alone
 * @param marginInterval winner over runner-up with its confidence interval (Welch on log fork means, so the
 *                   ratio's interval is exact in the log domain); bounds are NaN without two forks per side
 * @param method     how "clear" was decided, for the reader
 */
public record Verdict(ScenarioKey scenario, String machine, int cores, Contender winner, double winnerTasksPerSecond,
                      List<Contender> tied, Contender runnerUp, double runnerUpTasksPerSecond, Interval marginInterval,
                      String method) {

    /** Family-wise error rate of the winner-against-the-rest comparisons. */
    public static final double ALPHA = 0.05;

    static final String WELCH = "Welch t-test on fork means, Holm-corrected";
    static final String OVERLAP = "overlap of confidence intervals (fewer than 2 forks)";

    public boolean clear() {
        return tied.isEmpty();
    }

    /** How many times faster the winner is than the runner-up; NaN when it ran alone. */
    public double margin() {
        return runnerUp == null ? Double.NaN : winnerTasksPerSecond / runnerUpTasksPerSecond;
    }

    /** Decides one cell; empty cells give no verdict. */
    static List<Verdict> of(ScenarioKey scenario, String machine, int cores, List<Map.Entry<Contender, Point>> cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Contender, Point>> ranked = new ArrayList<>(cell);
        ranked.sort(Comparator.comparingDouble((Map.Entry<Contender, Point> e) -> e.getValue().estimate()).reversed());
        Map.Entry<Contender, Point> best = ranked.get(0);
        List<Map.Entry<Contender, Point>> others = ranked.subList(1, ranked.size());
        boolean welch = best.getValue().forkMeans().length >= 2
                && others.stream().allMatch(e -> e.getValue().forkMeans().length >= 2);
        boolean[] slower = welch ? holm(best.getValue(), others) : overlapFree(best.getValue(), others);
        List<Contender> tied = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (!slower[i]) {
                tied.add(others.get(i).getKey());
            }
        }
        Map.Entry<Contender, Point> second = others.isEmpty() ? null : others.get(0);
        return List.of(new Verdict(scenario, machine, cores, best.getKey(), best.getValue().estimate(), tied,
                second == null ? null : second.getKey(), second == null ? Double.NaN : second.getValue().estimate(),
                second == null ? Interval.pointOnly(Double.NaN) : ratio(best.getValue(), second.getValue(), welch),
                welch ? WELCH : OVERLAP));
    }

    /** The ratio of two throughputs; with fork data, its interval from Welch's on the logs of the fork means. */
    private static Interval ratio(Point a, Point b, boolean welch) {
        double estimate = a.estimate() / b.estimate();
        return welch ? Difference.ratio(a.forkMeans(), b.forkMeans(), estimate, Measurement.CONFIDENCE)
                : Interval.pointOnly(estimate);
    }

    private static boolean[] holm(Point best, List<Map.Entry<Contender, Point>> others) {
        double[] p = new double[others.size()];
        for (int i = 0; i < p.length; i++) {
            Difference d = Difference.welch(best.forkMeans(), others.get(i).getValue().forkMeans(), Measurement.CONFIDENCE);
            p[i] = d.interval().estimate() > 0 ? d.pValue() : 1;
        }
        return Holm.reject(p, ALPHA);
    }

    private static boolean[] overlapFree(Point best, List<Map.Entry<Contender, Point>> others) {
        boolean[] slower = new boolean[others.size()];
        for (int i = 0; i < slower.length; i++) {
            slower[i] = !best.tasksPerSecond().overlaps(others.get(i).getValue().tasksPerSecond());
        }
        return slower;
    }
}
