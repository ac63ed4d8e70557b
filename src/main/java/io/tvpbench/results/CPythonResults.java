package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code cpython.json} (docs/formats.md): real CPython's figures beside the emulated GIL, as
 * src/main/python/tvp_cpython.py writes them, or the note saying why a run has none. Kept raw (every repeat), so a
 * report rebuilt from the run directory computes the same lens.
 *
 * @param status "measured", or "skipped" with a {@code note}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CPythonResults(Integer schemaVersion, String status, String note, Python python, Integer batch,
                             Integer repeats, List<GrainCalibration> grains, List<Throughput> throughput,
                             List<Dispatch> dispatch) {

    public static final String FILE_NAME = "cpython.json";
    static final int SCHEMA_VERSION = 1;

    public CPythonResults {
        grains = grains == null ? List.of() : List.copyOf(grains);
        throughput = throughput == null ? List.of() : List.copyOf(throughput);
        dispatch = dispatch == null ? List.of() : List.copyOf(dispatch);
    }

    /** The interpreter that ran the comparison. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Python(String version, String implementation, String executable, Double switchIntervalSeconds,
                         String startMethod) {
    }

    /** Kernel iterations a task of this grain ran, calibrated to the grain's duration on the interpreter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GrainCalibration(String grain, long iterations) {
    }

    /** One strategy, grain and core count: tasks per second, one value per repeat. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Throughput(String strategy, String grain, int cores, double[] tasksPerSecond) {
    }

    /** One strategy's empty-task round trip at one core count, microseconds, one value per repeat. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dispatch(String strategy, int cores, double[] microseconds) {
    }

    /** A file that says only why nothing was measured. */
    public static CPythonResults skipped(String note) {
        return new CPythonResults(SCHEMA_VERSION, "skipped", note, null, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean measured() {
        return "measured".equals(status) && python != null;
    }

    /**
     * Reads {@code cpython.json} inside a run directory or beside a result file; empty where there is none.
     *
     * @throws ResultFormatException when the file exists but is not valid, or its schema is newer
     */
    public static Optional<CPythonResults> near(Path fileOrRunDir) {
        Path dir = Files.isDirectory(fileOrRunDir) ? fileOrRunDir : fileOrRunDir.toAbsolutePath().getParent();
        Path file = dir == null ? null : dir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JmhResults.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ResultFormatException(file, "not a valid " + FILE_NAME + ": " + e.getMessage(), e);
        }
        if (node == null || !node.isObject() || !node.path("status").isTextual()) {
            throw new ResultFormatException(file, "not a valid " + FILE_NAME + " (expected a JSON object with a status)");
        }
        SchemaVersion.check(file, FILE_NAME, node, SCHEMA_VERSION);
        try {
            return Optional.of(JmhResults.mapper().treeToValue(node, CPythonResults.class));
        } catch (JsonProcessingException e) {
            throw new ResultFormatException(file, "not a valid " + FILE_NAME + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Writes this document as pretty-printed JSON. */
    public void write(Path file) throws IOException {
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    }
}
