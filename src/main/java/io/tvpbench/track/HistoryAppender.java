package io.tvpbench.track;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tvpbench.results.History.Entry;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to {@code bench-results/history.csv}: one line per benchmark per run (docs/formats.md), which
 * {@link io.tvpbench.results.History} reads back for the trend charts. RFC 4180 quoting comes from Jackson's CSV
 * module.
 */
public final class HistoryAppender {

    /** Where the runner keeps it. */
    public static final Path DEFAULT_FILE = Path.of("bench-results", "history.csv");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Entry.class);

    private HistoryAppender() {
    }

    /** Appends one line per result of {@code runDir}, writing the header first when the file is new or empty. */
    public static List<Entry> append(Path historyCsv, Path runDir) {
        List<Entry> entries = entries(runDir);
        try {
            Path parent = historyCsv.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            boolean fresh = !Files.exists(historyCsv) || Files.size(historyCsv) == 0;
            ObjectWriter writer = CSV.writer(fresh ? SCHEMA.withHeader() : SCHEMA.withoutHeader());
            try (Writer out = Files.newBufferedWriter(historyCsv, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                writer.writeValues(out).writeAll(entries).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + historyCsv + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** The lines a run contributes: its results, stamped with its env.json (start time, commit, fingerprint). */
    static List<Entry> entries(Path runDir) {
        List<JmhResult> results = JmhResults.read(runDir);
        RunEnvironment env = RunEnvironment.near(JmhResults.resolve(runDir));
        String timestamp = timestamp(env, JmhResults.resolve(runDir));
        List<Entry> entries = new ArrayList<>();
        for (JmhResult r : results) {
            Double error = r.primaryMetric().scoreError();
            entries.add(new Entry(timestamp, env.gitCommit(), env.fingerprint(), env.machine(), r.key(), r.mode(),
                    r.primaryMetric().scoreUnit(), r.primaryMetric().score(),
                    error == null || !Double.isFinite(error) ? Double.NaN : error));
        }
        return entries;
    }

    private static String timestamp(RunEnvironment env, Path resultFile) {
        String started = env.startedAt() == null ? "" : env.startedAt();
        try {
            return Instant.parse(started).toString();
        } catch (DateTimeParseException notRecorded) {
            try {
                return Files.getLastModifiedTime(resultFile).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the time of " + resultFile, e);
            }
        }
    }
}
