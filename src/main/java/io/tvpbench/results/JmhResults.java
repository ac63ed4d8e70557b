package io.tvpbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JMH JSON result files, from any JMH project, and rejects anything else with one clear line. */
public final class JmhResults {

    /** The file name of JMH's JSON inside a run directory (docs/formats.md). */
    public static final String FILE_NAME = "jmh-result.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JmhResults() {
    }

    /** The shared mapper, configured for JMH's format. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Resolves a run directory to its {@code jmh-result.json}; a file is returned as it is. */
    public static Path resolve(Path fileOrRunDir) {
        return Files.isDirectory(fileOrRunDir) ? fileOrRunDir.resolve(FILE_NAME) : fileOrRunDir;
    }

    /**
     * Reads one JMH JSON file or run directory.
     *
     * @throws ResultFormatException when the file is missing, unreadable, truncated, not JMH JSON or empty, or
     *                               a {@code cores} param is not a core count (a label "0 cores" would hide it)
     */
    public static List<JmhResult> read(Path fileOrRunDir) {
        Path file = resolve(fileOrRunDir);
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ResultFormatException(file, "no such file");
        } catch (JsonProcessingException e) {
            throw new ResultFormatException(file, "not valid JSON (truncated?): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResultFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ResultFormatException(file, "empty file");
        }
        if (!root.isArray()) {
            throw new ResultFormatException(file, "not a JMH result file (expected a JSON array of results)");
        }
        if (root.isEmpty()) {
            throw new ResultFormatException(file, "no results (empty JSON array)");
        }
        List<JmhResult> results = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (!node.isObject() || !node.path("benchmark").isTextual() || !node.path("primaryMetric").isObject()) {
                throw new ResultFormatException(file, "entry " + i + " is not a JMH result (needs 'benchmark' and 'primaryMetric')");
            }
            try {
                results.add(MAPPER.treeToValue(node, JmhResult.class));
            } catch (JsonProcessingException e) {
                throw new ResultFormatException(file, "entry " + i + " is malformed: " + e.getOriginalMessage(), e);
            }
            String cores = results.getLast().param(Vocabulary.CORES_PARAM);
            if (cores != null && !cores.trim().matches("\\d{1,6}")) {
                throw new ResultFormatException(file, "entry " + i + " (" + results.getLast().benchmark() + ") has "
                        + Vocabulary.CORES_PARAM + "='" + cores + "', not a core count (0 = not enforced)");
            }
        }
        return List.copyOf(results);
    }
}
