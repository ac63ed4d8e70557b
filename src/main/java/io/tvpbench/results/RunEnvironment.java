package io.tvpbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A run's {@code env.json} (docs/formats.md), read leniently: every field may be missing, and a run without
 * the file has an "unknown" environment rather than failing the report.
 */
public final class RunEnvironment {

    /** The file name inside a run directory. */
    public static final String FILE_NAME = "env.json";
    /** The newest schema this code understands. */
    public static final int SCHEMA_VERSION = 1;

    private static final RunEnvironment UNKNOWN = new RunEnvironment(MissingNode.getInstance());

    private final JsonNode root;

    private RunEnvironment(JsonNode root) {
        this.root = root;
    }

    public static RunEnvironment unknown() {
        return UNKNOWN;
    }

    /**
     * Reads {@code env.json} beside a result file or inside a run directory.
     *
     * @throws ResultFormatException when the file exists but is not valid JSON or has a newer schema
     */
    public static RunEnvironment near(Path fileOrRunDir) {
        Path dir = Files.isDirectory(fileOrRunDir) ? fileOrRunDir : fileOrRunDir.toAbsolutePath().getParent();
        Path file = dir == null ? null : dir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return UNKNOWN;
        }
        return read(file);
    }

    /** Reads one {@code env.json} file. */
    public static RunEnvironment read(Path file) {
        JsonNode node;
        try {
            node = JmhResults.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ResultFormatException(file, "not a valid env.json: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ResultFormatException(file, "not a valid env.json (expected a JSON object)");
        }
        int schema = node.path("schemaVersion").asInt(SCHEMA_VERSION);
        if (schema > SCHEMA_VERSION) {
            throw new ResultFormatException(file, "env.json schema " + schema + " is newer than this tool understands ("
                    + SCHEMA_VERSION + "); upgrade tvp-bench");
        }
        return new RunEnvironment(node);
    }

    /** The raw tree, for renderers that list every field. */
    public JsonNode json() {
        return root;
    }

    public boolean isKnown() {
        return !root.isMissingNode();
    }

    /** A human label for the machine, used to key merged runs. */
    public String machine() {
        return text("machine", isKnown() ? text("hostname", "unknown machine") : "unknown machine");
    }

    /** Same fingerprint: same CPU, core count, JDK, JVM flags, OS and memory (docs/formats.md). */
    public String fingerprint() {
        return text("fingerprint", "unknown");
    }

    public String jdkVersion() {
        return root.path("jdk").path("version").asText("unknown");
    }

    public String cpuModel() {
        return root.path("cpu").path("model").asText("unknown");
    }

    public int logicalCpus() {
        return root.path("cpu").path("logicalCpus").asInt(0);
    }

    /** Whether core counts were enforced (CPU affinity); unknown environments count as not enforced. */
    public boolean coresEnforced() {
        return root.path("cores").path("enforced").asBoolean(false);
    }

    public String gitCommit() {
        return root.path("git").path("commit").asText("unknown");
    }

    public String profile() {
        return text("profile", "unknown");
    }

    private String text(String field, String fallback) {
        JsonNode value = root.path(field);
        return value.isValueNode() ? value.asText() : fallback;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunEnvironment other && Objects.equals(root, other.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }
}
