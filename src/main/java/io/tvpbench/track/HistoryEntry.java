package io.tvpbench.track;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * One line of {@code bench-results/history.csv} (docs/formats.md): one benchmark's score in one run.
 *
 * @param timestamp   when the run started, ISO-8601 UTC
 * @param commit      git commit of the run
 * @param fingerprint env.json fingerprint: only points with one fingerprint belong on one trend line
 * @param machine     human label of the machine
 * @param benchmark   {@code JmhResult.key()}
 * @param mode        JMH mode
 * @param unit        score unit
 * @param score       JMH score
 * @param error       JMH's 99.9% error half-width, or {@code null} when JMH gave none
 */
@JsonPropertyOrder({"timestamp", "commit", "fingerprint", "machine", "benchmark", "mode", "unit", "score", "error"})
public record HistoryEntry(String timestamp, String commit, String fingerprint, String machine, String benchmark,
                           String mode, String unit, double score, Double error) {

    /** The timestamp as an instant, for ordering and chart axes. */
    public Instant instant() {
        return Instant.parse(timestamp);
    }
}
