package io.tvpbench.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN.md §5: the report and its statistics read results; they never touch the strategies that made them. */
class LayeringTest {

    @Test
    void reportAndStatsNeverImportStrategies() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/io/tvpbench/report")),
                Files.walk(Path.of("src/main/java/io/tvpbench/stats")))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("io.tvpbench.strategy"))
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
