package io.tvpbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The core counts a run measures: by default 1, 2, 4, … up to {@code nproc}, always including
 * {@code nproc} itself, so that scaling curves have the machine's full width as their last point.
 */
public record CoreCounts(List<Integer> counts) {

    public CoreCounts {
        counts = List.copyOf(new TreeSet<>(counts));
    }

    /** Powers of two below {@code nproc}, then {@code nproc}. */
    public static CoreCounts defaults(int nproc) {
        List<Integer> counts = new ArrayList<>();
        for (int k = 1; k < nproc; k *= 2) {
            counts.add(k);
        }
        counts.add(nproc);
        return new CoreCounts(counts);
    }

    /**
     * Parses {@code --cores 1,2}.
     *
     * @throws IllegalArgumentException when a count is not a number, is ≤ 0 or is above {@code nproc}
     */
    public static CoreCounts parse(String text, int nproc) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            int k;
            try {
                k = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--cores: '" + part.trim() + "' is not a whole number (expected e.g. 1,2)");
            }
            if (k <= 0 || k > nproc) {
                throw new IllegalArgumentException("--cores: " + k + " is outside 1.." + nproc
                        + " (this process may use " + nproc + " CPUs)");
            }
            counts.add(k);
        }
        return new CoreCounts(counts);
    }
}
