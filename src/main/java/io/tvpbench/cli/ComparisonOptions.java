package io.tvpbench.cli;

import io.tvpbench.track.CompareOptions;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The options {@code tvp compare} and {@code tvp ab} share: how strict the comparison is and where it is written. */
final class ComparisonOptions {

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5",
            description = "minimum practical effect in percent; smaller changes never fail (default: ${DEFAULT-VALUE})")
    double thresholdPct;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "family-wise error rate over all benchmarks (default: ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the comparison as JSON")
    Path json;

    @Option(names = {"--markdown", "--md"}, paramLabel = "FILE",
            description = "also write the Markdown to FILE (appended, so $GITHUB_STEP_SUMMARY works)")
    Path markdown;

    CompareOptions options() {
        return CompareOptions.defaults().withThreshold(thresholdPct / 100).withAlpha(alpha);
    }

    /** Writes the comparison to the files asked for: the Markdown appended, the JSON replaced. */
    void write(String md, String jsonText) {
        write(markdown, md, true);
        write(json, jsonText, false);
    }

    private static void write(Path file, String text, boolean append) {
        if (file == null) {
            return;
        }
        try {
            if (append) {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
