package io.tvpbench.track;

import io.tvpbench.results.History.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {

    @TempDir
    Path tmp;

    private final Path run1 = RunFixtures.recorded("same-commit/run1");
    private final Path run2 = RunFixtures.recorded("same-commit/run2");

    @Test
    void appendsOneLinePerBenchmarkUnderOneHeader() throws IOException {
        Path csv = tmp.resolve("bench-results/history.csv");
        List<Entry> first = HistoryAppender.append(csv, run1);
        List<Entry> second = HistoryAppender.append(csv, run2);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("timestamp,commit,fingerprint,machine,benchmark,mode,unit,score,error", lines.get(0));
        assertEquals(1 + first.size() + second.size(), lines.size());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("timestamp,")).count());
        List<Entry> read = io.tvpbench.results.History.read(csv).byKey().values().stream().flatMap(List::stream).toList();
        assertEquals(first.size() + second.size(), read.size());
        Entry firstRead = io.tvpbench.results.History.read(csv).byKey().get(first.get(0).benchmark()).get(0);
        assertEquals(first.get(0), firstRead, "what the report reads back is what was appended");
        assertEquals("2026-11-22T04:00:02Z", firstRead.timestamp());
        assertEquals("5d41c0a7e2f1", firstRead.fingerprint());
    }

    @Test
    void quotesFieldsTheRfc4180Way() throws IOException {
        Path csv = tmp.resolve("history.csv");
        HistoryAppender.append(csv, run1);
        String line = Files.readAllLines(csv).get(1);
        // keys hold commas (params) and the machine label holds slashes: commas force quotes
        assertTrue(line.contains(",\"io.tvpbench.fixture.StrategyThroughputFixtureBenchmark."), line);
        Path quoted = RunFixtures.edited(run1, tmp.resolve("quoted"), r -> { });
        Files.writeString(quoted.resolve("env.json"), Files.readString(quoted.resolve("env.json"))
                .replace("\"dev-1 / AMD EPYC / 2 CPUs\"", "\"lab \\\"A\\\", rack 2\""));
        Path csv2 = tmp.resolve("h2.csv");
        HistoryAppender.append(csv2, quoted);
        assertTrue(Files.readAllLines(csv2).get(1).contains(",\"lab \"\"A\"\", rack 2\","));
        assertEquals("lab \"A\", rack 2", io.tvpbench.results.History.read(csv2).byKey().values().iterator().next()
                .get(0).machine());
    }
}
