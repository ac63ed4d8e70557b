package io.tvpbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tvpbench.results.JmhResult;
import io.tvpbench.text.Fmt;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code summary.csv}: one RFC 4180 row per result, every number in plain notation with a '.' decimal point
 * whatever the locale, ready for a spreadsheet or pandas.
 */
final class CsvRenderer implements ReportFormat.Renderer {

    static final List<String> COLUMNS = List.of("machine", "benchmark", "params", "mode", "score", "score_error",
            "ci_low", "ci_high", "unit", "forks", "key");

    @Override
    public String render(Report report) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : report.analysis().measurements()) {
            JmhResult r = m.result();
            Double error = r.primaryMetric().scoreError();
            rows.add(List.of(m.machine(), r.benchmark(), Order.label("", new TreeMap<>(r.params())), Cells.text(r.mode()),
                    Fmt.plain(r.primaryMetric().score()), error == null ? "" : Fmt.plain(error),
                    Fmt.plain(m.interval().low()), Fmt.plain(m.interval().high()),
                    Cells.text(r.primaryMetric().scoreUnit()), Integer.toString(m.forkMeans().length), r.key()));
        }
        try {
            return new CsvMapper().writer(schema.build().withHeader().withLineSeparator("\n")).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
