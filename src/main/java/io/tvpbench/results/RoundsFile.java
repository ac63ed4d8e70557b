package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A run directory's {@code rounds.json} (docs/formats.md): the round of each fork of each configuration, which
 * pairs forks of different configurations measured in the same round. Runs without it (older runs, foreign JMH
 * JSON) are unpaired.
 *
 * @param forks       per result key ({@code benchmark:param=value,...}, params sorted), the round of each fork in
 *                    the order of the result's forks
 * @param forkSeconds per result key, what each of those forks took from request to result; empty in runs before
 *                    it was recorded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoundsFile(int schemaVersion, long seed, Map<String, List<Integer>> forks,
                         Map<String, List<Double>> forkSeconds) {

    /** The file's name in a run directory. */
    public static final String FILE_NAME = "rounds.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public RoundsFile {
        forks = forks == null ? Map.of() : Map.copyOf(forks);
        forkSeconds = forkSeconds == null ? Map.of() : Map.copyOf(forkSeconds);
    }

    /** The rounds of the run whose {@code jmh-result.json} or directory is given; empty when it has none. */
    public static Optional<RoundsFile> near(Path fileOrRunDir) {
        Path dir = Files.isDirectory(fileOrRunDir) ? fileOrRunDir : fileOrRunDir.toAbsolutePath().getParent();
        Path file = dir == null ? null : dir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), RoundsFile.class));
        } catch (IOException e) {
            throw new ResultFormatException(file, "not a valid rounds.json: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The mean of what the result's forks took, in seconds; empty where the run did not record it. */
    public OptionalDouble forkSeconds(String resultKey) {
        List<Double> seconds = forkSeconds.get(resultKey);
        return seconds == null ? OptionalDouble.empty() : seconds.stream().mapToDouble(Double::doubleValue).average();
    }

    /** How many rounds the run had. */
    public int rounds() {
        return forks.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Fork means placed at their round (index round-1), NaN for rounds without a fork; empty when the result's
     * forks are not in this file or do not match its record.
     */
    public Optional<double[]> byRound(String resultKey, double[] forkMeans) {
        List<Integer> list = forks.get(resultKey);
        if (list == null || list.size() != forkMeans.length) {
            return Optional.empty();
        }
        double[] values = new double[rounds()];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < forkMeans.length; i++) {
            values[list.get(i) - 1] = forkMeans[i];
        }
        return Optional.of(values);
    }
}
