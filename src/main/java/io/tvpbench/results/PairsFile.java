package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An A/B run's {@code pairs.json} (docs/formats.md): what the two sides were, which side ran first in each round
 * (alternating, so the order cancels), and the configurations only one side has. The two sides' forks of one
 * configuration in one round form a pair; each side's own {@code rounds.json} says which round every fork is from.
 *
 * @param onlyInBase configurations (result keys) the base build has and the head lacks: listed, never measured
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PairsFile(int schemaVersion, long seed, Side base, Side head, List<Round> rounds,
                        List<String> onlyInBase, List<String> onlyInHead) {

    /** The file's name in an A/B run directory. */
    public static final String FILE_NAME = "pairs.json";
    /** The side directories, each a run directory of its own ({@code jmh-result.json}, {@code rounds.json}). */
    public static final String BASE = "base";
    public static final String HEAD = "head";
    /** The version this tool writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    public PairsFile {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        onlyInBase = onlyInBase == null ? List.of() : List.copyOf(onlyInBase);
        onlyInHead = onlyInHead == null ? List.of() : List.copyOf(onlyInHead);
    }

    /**
     * One build on one JDK.
     *
     * @param label   what the user named: a git ref, a jar, or the working tree
     * @param commit  the commit it was built from, when known
     * @param java    the java executable its JMH host and forks ran on
     * @param javaVersion that JDK's version string
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Side(String label, String commit, String jar, String java, String javaVersion) {
    }

    /** A round: which side ran first, and the configurations (result keys) in the order they ran. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Round(int round, String first, List<String> order) {
    }

    /** Reads {@code dir/pairs.json}. */
    public static PairsFile read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ResultFormatException(file, "missing: " + dir + " is not a tvp ab run directory");
        }
        try {
            SchemaVersion.check(file, "pairs.json", JmhResults.mapper().readTree(file.toFile()), SCHEMA_VERSION);
            return JmhResults.mapper().readValue(file.toFile(), PairsFile.class);
        } catch (IOException e) {
            throw new ResultFormatException(file, "not a valid pairs.json: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Writes the file atomically into {@code dir}. */
    public void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
