package io.tvpbench.track;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.JmhResult;

import java.util.List;
import java.util.Map;

/** Builds JMH results in memory for tests that need a particular mode or unit. */
final class Results {

    private Results() {
    }

    static JmhResult result(String benchmark, String mode, String unit, List<List<Double>> rawData) {
        JmhMetric metric = new JmhMetric(1, 0.1, null, null, unit, rawData, null);
        return new JmhResult("1.37", benchmark, mode, 1, rawData.size(), "java", null, "25", "vm", "25", 1, "1 s", 1,
                "1 s", Map.of(), metric, null);
    }

    static JmhResult result(String mode, String unit) {
        return result("io.x.FooBenchmark.bar", mode, unit, List.of(List.of(1.0)));
    }
}
