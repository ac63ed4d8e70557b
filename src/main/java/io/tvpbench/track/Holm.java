package io.tvpbench.track;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm–Bonferroni step-down adjustment: with dozens of benchmarks in a matrix, some would look changed at
 * α = 0.05 by chance alone; the adjusted p-values keep the chance of any false alarm in the whole run below α.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * Adjusted p-values in input order: a hypothesis is rejected at level α exactly when its adjusted p ≤ α.
     * NaN entries (untestable benchmarks) stay NaN and do not count towards the number of tests.
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
}
