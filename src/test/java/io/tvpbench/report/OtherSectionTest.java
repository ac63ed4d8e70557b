package io.tvpbench.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A foreign JMH project's results (a real run of another project's benchmark class): readable units and charts. */
class OtherSectionTest {

    private static final Path OTHER = Path.of("src/test/resources/report/fixtures/other-project/jmh-result.json");

    /** A JMH 1.37 run of HashBenchmark.java.txt beside it: 1.4 G ops/s down to 3.5 k ops/s, and a SampleTime method. */
    private static final Path FOREIGN = Path.of("src/test/resources/report/fixtures/foreign-jmh/jmh-result.json");

    private static Section section() {
        return section(OTHER);
    }

    private static Section section(Path input) {
        Report report = Report.of(List.of(LoadedRun.load(input)), Optional.empty());
        return report.sections().stream().filter(s -> s.id().equals("other")).findFirst().orElseThrow();
    }

    @Test
    void scoresReadInUnitsAndIntervalsStayAboveZero() {
        Block.Table table = section().blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        List<String> sum16 = table.rows().get(0);
        assertEquals(List.of("org.example.ParserBenchmark.sum", "size=16", "thrpt", "62.1 M ops/s", "53.7 M – 71.8 M", "2"),
                sum16);
        List<String> split16 = table.rows().get(2);
        assertEquals("3.13 µs", split16.get(3));
        assertTrue(split16.get(4).matches("[1-9][\\d.]* (ns|µs) – [\\d.]+ µs"), "a time's interval never reaches zero: " + split16.get(4));
        assertFalse(table.rows().stream().flatMap(List::stream).anyMatch(c -> c.matches("-?\\d{5,}.*")), table.toString());
    }

    @Test
    void eachClassIsChartedPerKindOfScoreOnALogScaleWhenItSpansADecade() {
        List<Block.Chart> charts = section().blocks().stream().filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast).toList();
        assertEquals(List.of("ParserBenchmark: operations per second", "ParserBenchmark: time per operation"),
                charts.stream().map(Block.Chart::title).toList());
        String rates = charts.get(0).svg();
        assertTrue(rates.contains("operations per second (log scale)"), "62.1 M and 3.21 M ops/s span more than 10×");
        assertTrue(rates.contains(">sum size=16</text>") && rates.contains(">sum size=256</text>"), rates);
        assertEquals(2, rates.split("<rect x=", -1).length - 1, "one bar per param combination");
        String times = charts.get(1).svg();
        assertEquals(4, times.split("<rect x=", -1).length - 1, "split and cold, two sizes each");
    }

    @Test
    void billionsPerSecondReadWithAPrefixAndSampleTimeKeepsJmhsScore() {
        Block.Table table = section(FOREIGN).blocks().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow();
        assertEquals("1.41 G ops/s", table.rows().get(0).get(3), "JMH printed 1413407265.339 ops/s");
        assertEquals("1.26 ms", table.rows().get(5).get(3), "JMH printed 1255258.483 ns/op, weighing forks by samples");
        List<Block.Chart> charts = section(FOREIGN).blocks().stream().filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast).toList();
        assertTrue(charts.get(0).svg().contains("(log scale)"), "1.4 G and 3.5 k ops/s span six decades");
        assertTrue(charts.get(0).svg().contains(">1.41 G</text>"), charts.get(0).svg());
    }
}
