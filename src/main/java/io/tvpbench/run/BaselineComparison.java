package io.tvpbench.run;

import io.tvpbench.report.JmhResults;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single place the runner compares a finished run with the baseline. The statistics belong to the track
 * issue ({@code tvp compare}); until its comparison is wired in here, the runner only says whether a baseline
 * exists and reports no regression.
 */
public final class BaselineComparison {

    private BaselineComparison() {
    }

    /**
     * Compares {@code runDir} with {@code baseline} and returns an exit code: 0 no regression (or no baseline),
     * 1 regression found.
     */
    public static int compare(Path baseline, Path runDir, PrintWriter out) {
        if (!Files.isRegularFile(JmhResults.resolve(baseline))) {
            out.println("No baseline at " + baseline + "; nothing to compare with.");
            return 0;
        }
        out.println("Baseline " + baseline + " found; the regression check (tvp compare) is not wired into the runner yet.");
        return 0;
    }
}
