package io.tvpbench.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.Vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The recorded runs under {@code src/test/resources/io/tvpbench/track/}: two real runs of the same commit on the
 * same machine, and copies of them with one benchmark's samples scaled, the way a real regression would shift them.
 */
public final class RunFixtures {

    private RunFixtures() {
    }

    /** A recorded run directory, e.g. {@code same-commit/run1}. */
    public static Path recorded(String name) {
        try {
            return Path.of(RunFixtures.class.getResource(name + "/" + JmhResults.FILE_NAME).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code run} in {@code dir} whose result with {@code key} has every sample multiplied by {@code factor}. */
    public static Path scaled(Path run, Path dir, String key, double factor) {
        return edited(run, dir, results -> {
            JsonNode result = find(results, key);
            ObjectNode metric = (ObjectNode) result.get("primaryMetric");
            metric.put("score", metric.get("score").asDouble() * factor);
            for (JsonNode fork : metric.path("rawData")) {
                for (int i = 0; i < fork.size(); i++) {
                    ((ArrayNode) fork).set(i, fork.get(i).asDouble() * factor);
                }
            }
            for (JsonNode fork : metric.path("rawDataHistogram")) {
                for (JsonNode iteration : fork) {
                    for (JsonNode bin : iteration) {
                        ((ArrayNode) bin).set(0, bin.get(0).asDouble() * factor);
                    }
                }
            }
        });
    }

    /** A copy of {@code run} in {@code dir} without the result with {@code key}. */
    public static Path without(Path run, Path dir, String key) {
        return edited(run, dir, results -> results.remove(indexOf(results, key)));
    }

    /** A copy of {@code run} in {@code dir} without its controls, as a run recorded before they existed. */
    public static Path withoutControls(Path run, Path dir) {
        return edited(run, dir, results -> {
            for (int i = results.size() - 1; i >= 0; i--) {
                if (results.get(i).path("benchmark").asText().contains("." + Vocabulary.CONTROL_BENCHMARK + ".")) {
                    results.remove(i);
                }
            }
        });
    }

    /** A copy of {@code run} in {@code dir}, with its JMH JSON edited in place. */
    public static Path edited(Path run, Path dir, Consumer<ArrayNode> edit) {
        try {
            Files.createDirectories(dir);
            ArrayNode results = (ArrayNode) JmhResults.mapper().readTree(run.resolve(JmhResults.FILE_NAME).toFile());
            edit.accept(results);
            JmhResults.mapper().writeValue(dir.resolve(JmhResults.FILE_NAME).toFile(), results);
            Path env = run.resolve("env.json");
            if (Files.exists(env)) {
                Files.copy(env, dir.resolve("env.json"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode find(ArrayNode results, String key) {
        return results.get(indexOf(results, key));
    }

    private static int indexOf(ArrayNode results, String key) {
        for (int i = 0; i < results.size(); i++) {
            try {
                if (JmhResults.mapper().treeToValue(results.get(i), JmhResult.class).key().equals(key)) {
                    return i;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no result " + key);
    }
}
