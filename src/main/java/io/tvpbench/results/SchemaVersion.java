package io.tvpbench.results;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * The schema policy of the files this tool writes (env.json, summary.json, the comparison JSON): adding a field
 * keeps {@code schemaVersion}, a file without it is version 1, and a version newer than the reader knows is refused
 * rather than misread.
 */
public final class SchemaVersion {

    private SchemaVersion() {
    }

    /**
     * The file's {@code schemaVersion}, 1 when absent.
     *
     * @throws ResultFormatException naming the file and both versions when the file's is newer than {@code known}
     */
    public static int check(Path file, String format, JsonNode root, int known) {
        int found = root.path("schemaVersion").asInt(1);
        if (found > known) {
            throw new ResultFormatException(file, format + " schema " + found + " is newer than this tool understands ("
                    + known + "); upgrade tvp-bench");
        }
        return found;
    }
}
