package io.tvpbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The run's {@code jmh-result.json}: JMH's own JSON for every finished core count, rewritten atomically after
 * each one so an interrupted run keeps what it has. Every result carries the {@code cores} param, added here for
 * benchmarks that do not declare it.
 */
final class MergedResults {

    private final Path target;
    private final ArrayNode results = JmhResults.mapper().createArrayNode();

    MergedResults(Path target) {
        this.target = target;
    }

    /** Adds JMH's result file for core count {@code k}; returns how many results it held. */
    int add(Path jmhJson, int k) throws IOException {
        JsonNode root = JmhResults.mapper().readTree(jmhJson.toFile());
        int added = 0;
        if (root != null && root.isArray()) {
            for (JsonNode result : root) {
                if (result instanceof ObjectNode object) {
                    JsonNode params = object.path("params");
                    ObjectNode withCores = params instanceof ObjectNode p ? p : object.putObject("params");
                    if (!withCores.has(Vocabulary.CORES_PARAM)) {
                        withCores.put(Vocabulary.CORES_PARAM, Integer.toString(k));
                    }
                    results.add(object);
                    added++;
                }
            }
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), results);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return added;
    }

    int size() {
        return results.size();
    }
}
