package io.tvpbench.track;

import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline is a plain copy of a run directory's essentials under {@code bench-results/baseline/}, tracked by
 * git, so that a baseline change is a reviewed commit rather than a hidden state.
 */
public final class Baselines {

    /** Where compare and {@code -Dbench.baseline} look by default. */
    public static final Path DEFAULT_DIR = Path.of("bench-results", "baseline");

    /** What a baseline keeps: results, their environment, and the report a reviewer reads. */
    static final List<String> FILES = List.of(JmhResults.FILE_NAME, RunEnvironment.FILE_NAME, "report.md");

    private Baselines() {
    }

    /** Whether {@code baselineDir} holds a baseline, so that a run knows whether to compare at all. */
    public static boolean isPresent(Path baselineDir) {
        return Files.isRegularFile(JmhResults.resolve(baselineDir));
    }

    /**
     * Replaces {@code baselineDir} with the essentials of {@code run} (a run directory or its
     * {@code jmh-result.json}), after checking that the results and env.json load.
     *
     * @return the environment of the promoted run
     * @throws IllegalArgumentException when the run is missing, unreadable, or the baseline itself
     */
    public static RunEnvironment promote(Path run, Path baselineDir) {
        RunInput input = RunInput.load(run, "run");
        Path results = JmhResults.resolve(run).toAbsolutePath().normalize();
        Path source = results.getParent();
        try {
            if (Files.isDirectory(baselineDir) && Files.isSameFile(source, baselineDir)) {
                throw new IllegalArgumentException(run + " is the baseline already");
            }
            Path parent = baselineDir.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".baseline-");
            Files.copy(results, staging.resolve(JmhResults.FILE_NAME));
            for (String name : FILES.subList(1, FILES.size())) {
                Path file = source.resolve(name);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, staging.resolve(name));
                }
            }
            deleteTree(baselineDir);
            Files.move(staging, baselineDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot promote " + run + " to " + baselineDir + ": " + e.getMessage(), e);
        }
        return input.environment();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
