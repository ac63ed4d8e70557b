package io.tvpbench.report;

import io.tvpbench.results.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report's public entry point, for {@code tvp report} and for the runner at the end of a run: reads the
 * inputs, analyses them merged and writes the requested formats; HTML also writes its charts as
 * {@code charts/<name>.svg} so other documents can show them.
 */
public final class ReportWriter {

    /** The folder of standalone chart files inside the output directory. */
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /** Writes every format, with the history found beside the first input's parent, if any. */
    public static List<Path> write(List<Path> inputs, Path outDir) {
        return write(inputs, outDir, EnumSet.allOf(ReportFormat.class));
    }

    /** Writes the given formats, with the history found beside the first input's parent, if any. */
    public static List<Path> write(List<Path> inputs, Path outDir, Set<ReportFormat> formats) {
        Optional<Path> history = inputs.stream().map(History::near).flatMap(Optional::stream).findFirst();
        return write(inputs, outDir, formats, history);
    }

    /**
     * Reads {@code inputs} (jmh-result.json files or run directories, each with its env.json), merges them and
     * writes the formats into {@code outDir}; returns the files written.
     *
     * @throws ResultFormatException naming the input and its problem
     * @throws UncheckedIOException when the output cannot be written
     */
    public static List<Path> write(List<Path> inputs, Path outDir, Set<ReportFormat> formats, Optional<Path> history) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: name at least one jmh-result.json or run directory");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format: name at least one of md, html, csv, json");
        }
        List<LoadedRun> runs = inputs.stream().map(LoadedRun::load).toList();
        Report report = Report.of(runs, history.map(History::read));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (ReportFormat format : EnumSet.copyOf(formats)) {
                written.add(writeFile(outDir.resolve(format.fileName()), format.renderer().render(report)));
            }
            if (formats.contains(ReportFormat.HTML)) {
                written.addAll(writeCharts(report, outDir.resolve(CHARTS)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Replaces the charts of an earlier report in the same folder, so none of them outlives its data. */
    private static List<Path> writeCharts(Report report, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path chart : old.filter(p -> p.getFileName().toString().endsWith(".svg")).toList()) {
                    Files.delete(chart);
                }
            }
        }
        List<Path> written = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Chart c && !c.name().isEmpty()) {
                    Files.createDirectories(dir);
                    written.add(writeFile(dir.resolve(c.name() + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg()));
                }
            }
        }
        return written;
    }

    private static Path writeFile(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
