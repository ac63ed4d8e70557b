package io.tvpbench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from the input must never become markup: a benchmark named like a script stays text everywhere. */
class HostileInputTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(2)>";

    @TempDir
    Path dir;

    /** Escaping that broke the markup would make the SVG unreadable; a strict XML parser notices. */
    private static void assertWellFormedXml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    @Test
    void namesAndParamsAreEscapedInEveryFormatAndChart() throws IOException {
        Path input = new JmhJson()
                .add("io.evil." + SCRIPT, "thrpt", "ops/s", Map.of("p", IMG), new double[]{1, 2}, new double[]{2, 3})
                .add("io.tvpbench.bench.CpuThroughputBenchmark.tasks", "thrpt", "ops/s",
                        Map.of("strategy", SCRIPT, "workload", "../../" + IMG, "cores", "1", "grain", "x|y"),
                        new double[]{10, 11}, new double[]{12, 13})
                .add("io.tvpbench.bench.StartupCostBenchmark." + SCRIPT, "sample", "us/op", Map.of("variant", IMG),
                        new double[]{5}, new double[]{6})
                .write(dir.resolve("run/jmh-result.json"));
        Path out = dir.resolve("out");
        ReportWriter.write(List.of(input), out, EnumSet.allOf(ReportFormat.class));

        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script"), "no script element may appear");
        assertFalse(html.contains("<img"), "no img element may appear");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Content-Security-Policy"));

        try (Stream<Path> charts = Files.list(out.resolve(ReportWriter.CHARTS))) {
            for (Path chart : charts.toList()) {
                assertTrue(chart.getFileName().toString().matches("[A-Za-z0-9_-]+\\.svg"), chart.toString());
                String svg = Files.readString(chart);
                assertFalse(svg.contains("<script") || svg.contains("<img"), chart.toString());
                assertWellFormedXml(chart);
            }
        }
        String md = Files.readString(out.resolve("report.md"));
        assertFalse(md.contains("<script") || md.contains("<img"));
        assertTrue(md.contains("x\\|y"), "a pipe in a param must not split the table cell");
    }
}
