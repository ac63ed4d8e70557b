package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code bench-results/history.csv} (docs/formats.md): one row per run and benchmark, oldest first. */
public record History(Path source, Map<String, List<Entry>> byKey) {

    /** The file name beside the run directories. */
    public static final String FILE_NAME = "history.csv";

    /** One row of the file, in column order; {@code error} is NaN when JMH gave none. */
    @JsonPropertyOrder({"timestamp", "commit", "fingerprint", "machine", "benchmark", "mode", "unit", "score", "error"})
    public record Entry(String timestamp, String commit, String fingerprint, String machine, String benchmark,
                        String mode, String unit, double score, double error) {
    }

    /** The history beside a run directory's parent ({@code bench-results/history.csv}), if there is one. */
    public static Optional<Path> near(Path fileOrRunDir) {
        Path dir = Files.isDirectory(fileOrRunDir) ? fileOrRunDir.toAbsolutePath() : fileOrRunDir.toAbsolutePath().getParent();
        Path parent = dir == null ? null : dir.getParent();
        Path file = parent == null ? null : parent.resolve(FILE_NAME);
        return file != null && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Reads the file, grouping rows by benchmark key in file order.
     *
     * @throws ResultFormatException when the file is missing or not the documented CSV
     */
    public static History read(Path file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(file.toFile())) {
            int line = 1;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                line++;
                if (row.get("benchmark") == null || row.get("score") == null) {
                    throw new ResultFormatException(file, "not a history.csv (needs columns benchmark and score)");
                }
                Entry entry = new Entry(row.get("timestamp"), row.get("commit"), row.get("fingerprint"), row.get("machine"),
                        row.get("benchmark"), row.get("mode"), row.get("unit"),
                        number(file, line, row.get("score")), number(file, line, row.get("error")));
                byKey.computeIfAbsent(entry.benchmark(), k -> new ArrayList<>()).add(entry);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ResultFormatException rfe) {
                throw rfe;
            }
            throw new ResultFormatException(file, Files.exists(file) ? "not a valid history.csv: " + firstLine(e)
                    : "no such file");
        }
        return new History(file, byKey);
    }

    private static double number(Path file, int line, String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ResultFormatException(file, "line " + line + ": not a number: " + text);
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
