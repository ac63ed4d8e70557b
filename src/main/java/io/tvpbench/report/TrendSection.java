package io.tvpbench.report;

import io.tvpbench.results.History;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of each benchmark of this report across runs, from {@code bench-results/history.csv}: one line per
 * benchmark and environment fingerprint, since only runs on the same kind of machine belong on one line.
 */
final class TrendSection {

    private TrendSection() {
    }

    static Optional<Section> build(List<Measurement> measurements, History history) {
        Set<String> keys = new LinkedHashSet<>();
        measurements.forEach(m -> keys.add(m.result().key()));
        List<List<String>> rows = new ArrayList<>();
        List<Block> charts = new ArrayList<>();
        for (String key : keys) {
            Map<String, List<History.Entry>> lines = new LinkedHashMap<>();
            history.byKey().getOrDefault(key, List.of())
                    .forEach(e -> lines.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e));
            for (List<History.Entry> entries : lines.values()) {
                if (entries.size() < 2) {
                    continue;
                }
                History.Entry first = entries.get(0);
                History.Entry last = entries.get(entries.size() - 1);
                String label = lines.size() > 1 ? key + " @ " + last.machine() + " (" + last.fingerprint() + ")" : key;
                rows.add(List.of(label, Integer.toString(entries.size()), Fmt.si(first.score(), ""),
                        Fmt.si(last.score(), ""), Cells.text(last.unit()), Fmt.percent(last.score() / first.score() - 1)));
                List<Sparkline.Run> runs = entries.stream().map(e -> new Sparkline.Run(e.score(), e.error(),
                        e.timestamp() + " " + e.commit() + ": " + Fmt.sig(e.score()) + " " + e.unit())).toList();
                charts.add(new Block.Chart("", label, Sparkline.render(label, runs)));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("From " + history.source().getFileName() + ": one dot per run, oldest on the left, "
                + "bars are JMH's error."));
        blocks.add(new Block.Table(List.of("benchmark", "runs", "first", "last", "unit", "change"), rows));
        blocks.addAll(charts);
        return Optional.of(new Section("trend", "Trend", "How have these numbers moved over past runs?", blocks));
    }
}
