package io.tvpbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The run's {@code jmh-result.json}: JMH's own JSON with one result per configuration holding all its forks' raw
 * data (merged by JMH in the round host), rewritten atomically after every fork so an interrupted run keeps what
 * it has. Every result carries the {@code cores} param, added here for benchmarks that do not declare it, and its
 * {@code forks} count.
 */
final class MergedResults {

    private final Path target;
    private final Map<String, ObjectNode> results = new LinkedHashMap<>();

    MergedResults(Path target) {
        this.target = target;
    }

    /** Takes the round host's result file for {@code configuration} (all its forks so far) and rewrites the run's file. */
    void update(Configuration configuration, Path hostFile) throws IOException {
        JsonNode root = JmhResults.mapper().readTree(hostFile.toFile());
        if (root == null || !root.isArray() || root.size() != 1 || !(root.get(0) instanceof ObjectNode result)) {
            throw new IOException(hostFile + " does not hold one JMH result");
        }
        JsonNode params = result.path("params");
        ObjectNode withCores = params instanceof ObjectNode p ? p : result.putObject("params");
        withCores.put(Vocabulary.CORES_PARAM, Integer.toString(configuration.cores()));
        result.put("forks", forks(result));
        results.put(configuration.key(), result);
        ArrayNode all = JmhResults.mapper().createArrayNode();
        results.values().forEach(all::add);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int forks(JsonNode result) {
        JsonNode metric = result.path("primaryMetric");
        return Math.max(metric.path("rawData").size(), metric.path("rawDataHistogram").size());
    }

    /** The configuration's result so far, typed. */
    Optional<JmhResult> get(Configuration configuration) {
        ObjectNode node = results.get(configuration.key());
        try {
            return node == null ? Optional.empty() : Optional.of(JmhResults.mapper().treeToValue(node, JmhResult.class));
        } catch (IOException e) {
            throw new IllegalStateException("a result this run wrote does not read back: " + e.getMessage(), e);
        }
    }

    int size() {
        return results.size();
    }
}
