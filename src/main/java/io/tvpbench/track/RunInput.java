package io.tvpbench.track;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.ResultFormatException;
import io.tvpbench.results.RunEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a comparison: a run directory (or a bare {@code jmh-result.json}) with its environment, results
 * keyed by {@link JmhResult#key()}. Loading fails with one line naming the side and the problem.
 *
 * @param path        what the user named
 * @param environment its {@code env.json}, or unknown
 * @param results     results by key, in key order
 */
public record RunInput(Path path, RunEnvironment environment, Map<String, JmhResult> results) {

    public RunInput {
        results = Collections.unmodifiableMap(new TreeMap<>(results));
    }

    /**
     * Loads one side. {@code role} ("baseline", "current run") starts every error message.
     *
     * @throws IllegalArgumentException when the path is missing, unreadable, not JMH JSON, from a newer env.json
     *                                  schema, or holds one benchmark + params twice
     */
    public static RunInput load(Path path, String role) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(role + " " + path + " does not exist"
                    + ("baseline".equals(role) ? " (make one with: scripts/tvp baseline promote RUN)" : ""));
        }
        try {
            List<JmhResult> list = JmhResults.read(path);
            RunEnvironment environment = RunEnvironment.near(JmhResults.resolve(path));
            Map<String, JmhResult> byKey = new TreeMap<>();
            for (JmhResult result : list) {
                if (byKey.put(result.key(), result) != null) {
                    throw new ResultFormatException(JmhResults.resolve(path), "holds " + result.key()
                            + " more than once (merged from several machines?); compare one machine's run at a time");
                }
            }
            return new RunInput(path, environment, byKey);
        } catch (ResultFormatException e) {
            throw new IllegalArgumentException(role + " unusable: " + e.getMessage(), e);
        }
    }
}
