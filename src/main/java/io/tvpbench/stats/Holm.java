package io.tvpbench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for several comparisons at once: comparing a winner with every other contender
 * is many tests, and without a correction one of them is "significant" by chance far too often.
 */
public final class Holm {

    private Holm() {
    }

    /** For each p-value, whether its hypothesis is rejected at family-wise error rate {@code alpha}. */
    public static boolean[] reject(double[] pValues, double alpha) {
        Integer[] order = IntStream.range(0, pValues.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        boolean[] rejected = new boolean[pValues.length];
        for (int rank = 0; rank < order.length; rank++) {
            int i = order[rank];
            if (!(pValues[i] <= alpha / (pValues.length - rank))) {
                break;
            }
            rejected[i] = true;
        }
        return rejected;
    }
}
