package io.tvpbench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for several comparisons at once: comparing a winner with every other contender,
 * or every benchmark of a run with its baseline, is many tests, and without a correction one of them is
 * "significant" by chance far too often.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * Adjusted p-values in input order: a hypothesis is rejected at level α exactly when its adjusted p ≤ α.
     * NaN entries (untestable comparisons) stay NaN and do not count towards the number of tests.
     */
    public static double[] adjust(double[] pValues) {
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i]))
                .boxed().sorted(Comparator.comparingDouble(i -> pValues[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** For each p-value, whether its hypothesis is rejected at family-wise error rate {@code alpha}. */
    public static boolean[] reject(double[] pValues, double alpha) {
        double[] adjusted = adjust(pValues);
        boolean[] rejected = new boolean[pValues.length];
        for (int i = 0; i < adjusted.length; i++) {
            rejected[i] = adjusted[i] <= alpha;
        }
        return rejected;
    }
}
