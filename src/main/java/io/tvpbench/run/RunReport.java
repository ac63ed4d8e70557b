package io.tvpbench.run;

import io.tvpbench.report.ReportWriter;

import java.nio.file.Path;
import java.util.List;

/**
 * The report written at the end of a run. The single place the runner asks for a report, so the report's
 * renderers change without touching the runner.
 */
public final class RunReport {

    /** The Markdown report's file name inside the run directory. */
    public static final String MARKDOWN = "report.md";

    private RunReport() {
    }

    /**
     * Writes every report format into the run directory (with the trend from {@code bench-results/history.csv}
     * beside it, when there is one) and returns the Markdown report.
     */
    public static Path write(Path runDir) {
        ReportWriter.write(List.of(runDir), runDir);
        return runDir.resolve(MARKDOWN);
    }
}
