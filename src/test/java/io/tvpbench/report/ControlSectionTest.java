package io.tvpbench.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recorded quick run (start-up, footprint and dispatch families, 2 cores, 3 rounds) with its controls: the
 * report lists the controls' figures in their own section, never among the verdicts or the other benchmarks.
 */
class ControlSectionTest {

    private static final Path RUN = Path.of("src/test/resources/io/tvpbench/track/controls/runA");

    @Test
    void theControlsGetTheirOwnSectionAndNothingElse() {
        Report report = Report.of(List.of(LoadedRun.load(RUN)), Optional.empty());
        Section controls = report.sections().stream().filter(s -> s.id().equals("controls")).findFirst().orElseThrow();
        String md = new MarkdownRenderer().render(report);
        String section = md.substring(md.indexOf("## Controls"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        List<String> rows = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| family") && !l.startsWith("| ---") && !l.startsWith("|---")).toList();
        assertEquals(List.of("cpuKernel", "allocationLoop", "threadStart", "processSpawn"),
                rows.stream().map(r -> r.split("\\|")[1].trim()).toList(), section);
        assertTrue(rows.stream().allMatch(r -> r.split("\\|")[2].trim().equals("2") && r.endsWith("| 3 |")), section);
        assertFalse(controls.blocks().isEmpty());
        assertTrue(report.analysis().verdicts().stream().noneMatch(v -> v.toString().contains("ControlBenchmark")));
        report.sections().stream().filter(s -> s.id().equals("other")).findFirst()
                .ifPresent(other -> assertFalse(md.substring(md.indexOf("## Other")).split("\n## ")[0].contains("ControlBenchmark")));
    }
}
