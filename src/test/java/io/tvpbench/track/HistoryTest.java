package io.tvpbench.track;

import io.tvpbench.report.ResultFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {

    @TempDir
    Path tmp;

    private final Path run1 = RunFixtures.recorded("same-commit/run1");
    private final Path run2 = RunFixtures.recorded("same-commit/run2");

    @Test
    void appendsOneLinePerBenchmarkUnderOneHeader() throws IOException {
        Path csv = tmp.resolve("bench-results/history.csv");
        List<HistoryEntry> first = History.append(csv, run1);
        List<HistoryEntry> second = History.append(csv, run2);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("timestamp,commit,fingerprint,machine,benchmark,mode,unit,score,error", lines.get(0));
        assertEquals(1 + first.size() + second.size(), lines.size());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("timestamp,")).count());
        List<HistoryEntry> read = History.read(csv);
        assertEquals(first.size() + second.size(), read.size());
        assertEquals(first.get(0), read.get(0));
        assertEquals("2026-11-22T04:00:02Z", read.get(0).timestamp());
        assertEquals("5d41c0a7e2f1", read.get(0).fingerprint());
    }

    @Test
    void quotesFieldsTheRfc4180Way() throws IOException {
        Path csv = tmp.resolve("history.csv");
        History.append(csv, run1);
        String line = Files.readAllLines(csv).get(1);
        // keys hold commas (params) and the machine label holds slashes: commas force quotes
        assertTrue(line.contains(",\"io.tvpbench.fixture.StrategyThroughputFixtureBenchmark."), line);
        Path quoted = RunFixtures.edited(run1, tmp.resolve("quoted"), r -> { });
        Files.writeString(quoted.resolve("env.json"), Files.readString(quoted.resolve("env.json"))
                .replace("\"dev-1 / AMD EPYC / 2 CPUs\"", "\"lab \\\"A\\\", rack 2\""));
        Path csv2 = tmp.resolve("h2.csv");
        History.append(csv2, quoted);
        assertTrue(Files.readAllLines(csv2).get(1).contains(",\"lab \"\"A\"\", rack 2\","));
        assertEquals("lab \"A\", rack 2", History.read(csv2).get(0).machine());
    }

    @Test
    void trendsKeepMachinesApart() throws IOException {
        Path csv = tmp.resolve("history.csv");
        History.append(csv, run1);
        Path elsewhere = RunFixtures.edited(run2, tmp.resolve("elsewhere"), r -> { });
        Files.writeString(elsewhere.resolve("env.json"), Files.readString(elsewhere.resolve("env.json"))
                .replace("5d41c0a7e2f1", "0123456789ab"));
        History.append(csv, run2);
        History.append(csv, elsewhere);
        Map<String, Map<String, List<HistoryEntry>>> trends = History.trends(History.read(csv));
        Map<String, List<HistoryEntry>> one = trends.get(CompareTest.THROUGHPUT);
        assertEquals(2, one.get("5d41c0a7e2f1").size());
        assertEquals(1, one.get("0123456789ab").size());
        assertTrue(one.get("5d41c0a7e2f1").get(0).instant().isBefore(one.get("5d41c0a7e2f1").get(1).instant()));
    }

    @Test
    void missingHistoryIsEmptyAndGarbageIsRefused() throws IOException {
        assertEquals(List.of(), History.read(tmp.resolve("none.csv")));
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "timestamp,commit,fingerprint,machine,benchmark,mode,unit,score,error\nyesterday,a,b,c,d,e,f,1,\n");
        assertThrows(ResultFormatException.class, () -> History.read(bad));
    }
}
