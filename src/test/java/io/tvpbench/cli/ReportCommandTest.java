package io.tvpbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {

    private static final String ONE_RESULT = """
            [{"jmhVersion": "1.37", "benchmark": "org.example.Foo.bar", "mode": "avgt", "threads": 1, "forks": 2,
              "params": {"size": "10"},
              "primaryMetric": {"score": 2.5, "scoreError": 0.1, "scoreConfidence": [2.4, 2.6], "scoreUnit": "ns/op",
                                "rawData": [[2.4, 2.5], [2.5, 2.6]]},
              "secondaryMetrics": {}}]
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    private String badInput(String content, String... extraArgs) throws IOException {
        Path file = dir.resolve("jmh-result.json");
        Files.writeString(file, content);
        String[] args = new String[2 + extraArgs.length];
        args[0] = "report";
        args[1] = file.toString();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        assertEquals(2, Tvp.execute(args));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), "one line, no stack trace: " + message);
        return message;
    }

    @Test
    void truncatedJsonIsOneLineNamingTheFile() throws IOException {
        String message = badInput(ONE_RESULT.substring(0, 60));
        assertTrue(message.contains("jmh-result.json") && message.contains("truncated"), message);
    }

    @Test
    void nonJmhJsonIsRejected() throws IOException {
        assertTrue(badInput("{\"hello\": 1}").contains("not a JMH result file"));
        err.reset();
        assertTrue(badInput("[{\"name\": \"x\"}]").contains("not a JMH result"));
    }

    @Test
    void aCoresParamThatIsNotACoreCountIsRefusedNotReadAsUnenforced() throws IOException {
        String message = badInput(ONE_RESULT.replace("\"size\": \"10\"", "\"cores\": \"two\""));
        assertTrue(message.contains("cores='two'") && message.contains("not a core count"), message);
    }

    @Test
    void aBrokenCpythonJsonBesideTheResultsIsOneLineNamingIt() throws IOException {
        Files.writeString(dir.resolve("cpython.json"), "{\"status\": \"measured\", \"throughput\": 7}");
        String message = badInput(ONE_RESULT);
        assertTrue(message.contains("cpython.json") && message.contains("not a valid"), message);
        err.reset();
        Files.writeString(dir.resolve("cpython.json"), "{\"schemaVersion\": 9, \"status\": \"measured\"}");
        assertTrue(badInput(ONE_RESULT).contains("newer than this tool understands"));
    }

    @Test
    void emptyResultListIsRejected() throws IOException {
        assertTrue(badInput("[]").contains("no results"));
    }

    @Test
    void missingFileIsRejected() {
        assertEquals(2, Tvp.execute("report", dir.resolve("nope.json").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("nope.json") && message.contains("no such file"), message);
    }

    @Test
    void unknownFormatIsRejected() throws IOException {
        assertTrue(badInput(ONE_RESULT, "--format", "md,pdf").contains("unknown report format 'pdf'"));
    }

    @Test
    void writesTheChosenFormatsIntoTheRunDirectory() throws IOException {
        Path file = dir.resolve("jmh-result.json");
        Files.writeString(file, ONE_RESULT);
        assertEquals(0, Tvp.execute("report", dir.toString(), "--format", "md,json"));
        assertTrue(Files.readString(dir.resolve("report.md")).contains("org.example.Foo.bar"));
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"schemaVersion\" : 1"));
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("report.md"));
    }

    @Test
    void chartsOfAnEarlierReportDoNotOutliveIt() throws IOException {
        Files.writeString(dir.resolve("jmh-result.json"), ONE_RESULT);
        Path stale = Files.createDirectories(dir.resolve("charts")).resolve("scaling-OLD.svg");
        Files.writeString(stale, "<svg/>");
        assertEquals(0, Tvp.execute("report", dir.toString(), "--format", "html"));
        assertFalse(Files.exists(stale));
    }

    @Test
    void severalInputsMergeIntoTheOutDirectory() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("jmh-result.json"), ONE_RESULT);
        Files.writeString(b.resolve("jmh-result.json"), ONE_RESULT.replace("org.example.Foo.bar", "org.example.Foo.baz"));
        Path merged = dir.resolve("merged");
        assertEquals(0, Tvp.execute("report", a.toString(), b.toString(), "--out", merged.toString()));
        String csv = Files.readString(merged.resolve("summary.csv"));
        assertTrue(csv.contains("org.example.Foo.bar") && csv.contains("org.example.Foo.baz"), csv);
        assertTrue(Files.isRegularFile(merged.resolve("report.html")));
    }
}
