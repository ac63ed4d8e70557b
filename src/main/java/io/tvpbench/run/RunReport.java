package io.tvpbench.run;

import io.tvpbench.report.JmhMetric;
import io.tvpbench.report.JmhResult;
import io.tvpbench.report.JmhResults;
import io.tvpbench.report.RunEnvironment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report written at the end of a run. The single place the runner asks for a report, so the report
 * issue's renderers replace this body without touching the runner.
 */
public final class RunReport {

    /** The Markdown report's file name inside the run directory. */
    public static final String MARKDOWN = "report.md";

    private RunReport() {
    }

    /** Writes the report files for the run directory's results and returns the main one. */
    public static Path write(Path runDir) throws IOException {
        List<JmhResult> results = JmhResults.read(runDir);
        RunEnvironment env = RunEnvironment.near(runDir);
        StringBuilder md = new StringBuilder();
        md.append("# tvp-bench results\n\n")
                .append("Machine: ").append(cell(env.machine())).append(" · JDK ").append(cell(env.jdkVersion()))
                .append(" · profile ").append(cell(env.profile())).append(" · commit ").append(cell(env.gitCommit()))
                .append(env.coresEnforced() ? "" : " · cores NOT enforced").append("\n\n")
                .append("| Benchmark | Params | Mode | Score | Error | Unit |\n")
                .append("|---|---|---|---:|---:|---|\n");
        for (JmhResult r : results) {
            JmhMetric m = r.primaryMetric();
            md.append("| ").append(cell(r.simpleClassName() + "." + r.method()))
                    .append(" | ").append(cell(params(r.params())))
                    .append(" | ").append(cell(r.mode()))
                    .append(" | ").append(number(m.score()))
                    .append(" | ").append(number(m.scoreError()))
                    .append(" | ").append(cell(m.scoreUnit())).append(" |\n");
        }
        Path file = runDir.resolve(MARKDOWN);
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String number(Double value) {
        return value != null && Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "";
    }

    /** Markdown table cells cannot hold pipes or line breaks. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replaceAll("[\r\n]+", " ");
    }
}
