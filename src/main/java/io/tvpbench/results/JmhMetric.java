package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JMH metric with its raw data. {@code rawData} holds one list of iteration scores per fork;
 * {@code rawDataHistogram} (SampleTime) holds, per fork and iteration, {@code [value, count]} pairs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JmhMetric(
        double score,
        Double scoreError,
        List<Double> scoreConfidence,
        Map<String, Double> scorePercentiles,
        String scoreUnit,
        List<List<Double>> rawData,
        List<List<List<List<Double>>>> rawDataHistogram) {

    public JmhMetric {
        scoreConfidence = scoreConfidence == null ? List.of() : List.copyOf(scoreConfidence);
        scorePercentiles = scorePercentiles == null ? Map.of() : Map.copyOf(scorePercentiles);
        rawData = rawData == null ? List.of() : rawData;
        rawDataHistogram = rawDataHistogram == null ? List.of() : rawDataHistogram;
    }

    /**
     * Per fork, its iteration scores: the unit of replication is the fork, the iterations inside it are not
     * independent. For SampleTime results each iteration's score is the mean of its histogram.
     */
    public List<List<Double>> forkIterations() {
        if (!rawData.isEmpty()) {
            return rawData;
        }
        List<List<Double>> forks = new ArrayList<>();
        for (List<List<List<Double>>> fork : rawDataHistogram) {
            List<Double> iterations = new ArrayList<>();
            for (List<List<Double>> iteration : fork) {
                double sum = 0;
                double count = 0;
                for (List<Double> bin : iteration) {
                    sum += bin.get(0) * bin.get(1);
                    count += bin.get(1);
                }
                if (count > 0) {
                    iterations.add(sum / count);
                }
            }
            forks.add(iterations);
        }
        return forks;
    }

    /** Each fork's mean score, in fork order. */
    public double[] forkMeans() {
        return forkIterations().stream()
                .filter(f -> !f.isEmpty())
                .mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .toArray();
    }

    /**
     * Whether a larger score is better, read from the unit: rates ({@code ops/s}, {@code ops/ms}) are higher is
     * better, times per operation ({@code us/op}, {@code s/op}) lower is better; {@code null} when the unit
     * says neither.
     */
    public Boolean higherIsBetter() {
        if (scoreUnit == null) {
            return null;
        }
        String unit = scoreUnit.trim().toLowerCase(Locale.ROOT);
        if (unit.startsWith("ops/") || unit.endsWith("/s") || unit.endsWith("/ms") || unit.endsWith("/us")
                || unit.endsWith("/ns") || unit.endsWith("/min")) {
            return Boolean.TRUE;
        }
        if (unit.endsWith("/op")) {
            return Boolean.FALSE;
        }
        return null;
    }
}
