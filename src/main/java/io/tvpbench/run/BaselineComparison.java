package io.tvpbench.run;

import io.tvpbench.results.ResultFormatException;
import io.tvpbench.track.Baselines;
import io.tvpbench.track.Compare;
import io.tvpbench.track.CompareOptions;
import io.tvpbench.track.Comparison;
import io.tvpbench.track.ComparisonJson;
import io.tvpbench.track.ComparisonMarkdown;
import io.tvpbench.track.HistoryAppender;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single place the runner compares a finished run with the baseline ({@code tvp compare}'s statistics) and
 * appends it to the history beside the run directories.
 */
public final class BaselineComparison {

    /** The comparison's Markdown, written into the run directory. */
    public static final String MARKDOWN = "comparison.md";
    /** The comparison's JSON, written into the run directory. */
    public static final String JSON = "comparison.json";

    private BaselineComparison() {
    }

    /**
     * Compares {@code runDir} with {@code baseline} and returns an exit code: 0 no regression (or no baseline),
     * 1 regression found, 2 the baseline cannot be read.
     */
    public static int compare(Path baseline, Path runDir, PrintWriter out, PrintWriter err) throws IOException {
        if (!Baselines.isPresent(baseline)) {
            out.println("No baseline at " + baseline + "; nothing to compare with.");
            return 0;
        }
        Comparison comparison;
        try {
            comparison = Compare.run(baseline, runDir, CompareOptions.defaults());
        } catch (IllegalArgumentException | ResultFormatException e) {
            err.println("tvp: cannot compare with the baseline: " + e.getMessage());
            return 2;
        }
        Files.writeString(runDir.resolve(MARKDOWN), ComparisonMarkdown.render(comparison), StandardCharsets.UTF_8);
        Files.writeString(runDir.resolve(JSON), ComparisonJson.render(comparison), StandardCharsets.UTF_8);
        out.println("Baseline " + baseline + ": " + comparison.headline() + " (" + runDir.resolve(MARKDOWN) + ")");
        return comparison.exitCode();
    }

    /** Appends the run to {@code history.csv} in the directory that holds the run directories. */
    public static Path appendHistory(Path runDir) {
        Path history = runDir.toAbsolutePath().getParent().resolve(HistoryAppender.DEFAULT_FILE.getFileName());
        HistoryAppender.append(history, runDir);
        return history;
    }
}
