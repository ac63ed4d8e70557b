package io.tvpbench.cli;

import io.tvpbench.report.ReportFormat;
import io.tvpbench.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tvp report}: turns JMH JSON (ours or any JMH project's) into the report files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes report.md, report.html (+ charts/*.svg), summary.csv and summary.json from one or more "
                + "jmh-result.json files or run directories; several inputs are merged (e.g. runs from different machines)."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULT", description = "jmh-result.json files or run directories")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: the run directory of a single input, else ./report)")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md,html,csv,json",
            description = "comma-separated formats: md, html, csv, json (default: ${DEFAULT-VALUE})")
    private List<String> formats;

    @Option(names = "--history", paramLabel = "CSV",
            description = "history.csv for the trend charts (default: bench-results/history.csv beside the input's run directory)")
    private Path history;

    @Override
    public Integer call() {
        Set<ReportFormat> selected = EnumSet.noneOf(ReportFormat.class);
        formats.forEach(f -> selected.add(ReportFormat.parse(f)));
        Path outDir = out != null ? out : defaultOut();
        List<Path> written = history != null
                ? ReportWriter.write(inputs, outDir, selected, Optional.of(history))
                : ReportWriter.write(inputs, outDir, selected);
        written.stream().filter(p -> !p.getParent().endsWith(ReportWriter.CHARTS))
                .forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return Tvp.OK;
    }

    private Path defaultOut() {
        if (inputs.size() != 1) {
            return Path.of("report");
        }
        Path in = inputs.get(0);
        Path parent = in.toAbsolutePath().getParent();
        return Files.isDirectory(in) ? in : parent == null ? Path.of(".") : parent;
    }
}
