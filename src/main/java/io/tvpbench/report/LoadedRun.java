package io.tvpbench.report;

import io.tvpbench.results.CPythonResults;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RoundsFile;
import io.tvpbench.results.RunEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input of the report: a result file (or run directory) with the environment, the CPython figures and, for
 * runs made of rounds, the rounds file found beside it.
 */
public record LoadedRun(Path source, RunEnvironment environment, List<JmhResult> results, Optional<CPythonResults> cpython,
                        Optional<RoundsFile> rounds) {

    /**
     * Reads a {@code jmh-result.json} or run directory, its {@code env.json}, {@code cpython.json} and {@code rounds.json}.
     *
     * @throws ResultFormatException naming the file and the problem
     */
    public static LoadedRun load(Path fileOrRunDir) {
        return new LoadedRun(fileOrRunDir, RunEnvironment.near(fileOrRunDir), JmhResults.read(fileOrRunDir),
                CPythonResults.near(fileOrRunDir), RoundsFile.near(fileOrRunDir));
    }

    List<Measurement> measurements() {
        return results.stream().map(r -> new Measurement(r, environment, rounds
                .flatMap(f -> f.byRound(r.key(), r.primaryMetric().forkMeans())
                        .map(byRound -> new Point.Pairing(source.toAbsolutePath().toString(), byRound,
                                f.forkSeconds(r.key()).orElse(Double.NaN))))
                .orElse(Point.Pairing.NONE))).toList();
    }
}
