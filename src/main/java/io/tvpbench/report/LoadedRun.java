package io.tvpbench.report;

import io.tvpbench.results.CPythonResults;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input of the report: a result file (or run directory) with the environment and the CPython figures found
 * beside it.
 */
public record LoadedRun(Path source, RunEnvironment environment, List<JmhResult> results, Optional<CPythonResults> cpython) {

    /**
     * Reads a {@code jmh-result.json} or run directory, its {@code env.json} and its {@code cpython.json}.
     *
     * @throws ResultFormatException naming the file and the problem
     */
    public static LoadedRun load(Path fileOrRunDir) {
        return new LoadedRun(fileOrRunDir, RunEnvironment.near(fileOrRunDir), JmhResults.read(fileOrRunDir),
                CPythonResults.near(fileOrRunDir));
    }

    List<Measurement> measurements() {
        return results.stream().map(r -> new Measurement(r, environment)).toList();
    }
}
