package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import java.nio.file.Path;
import java.util.List;

/** One input of the report: a result file (or run directory) with the environment found beside it. */
public record LoadedRun(Path source, RunEnvironment environment, List<JmhResult> results) {

    /**
     * Reads a {@code jmh-result.json} or run directory and its {@code env.json}.
     *
     * @throws ResultFormatException naming the file and the problem
     */
    public static LoadedRun load(Path fileOrRunDir) {
        return new LoadedRun(fileOrRunDir, RunEnvironment.near(fileOrRunDir), JmhResults.read(fileOrRunDir));
    }

    List<Measurement> measurements() {
        return results.stream().map(r -> new Measurement(r, environment)).toList();
    }
}
