package io.tvpbench.report;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every renderer against golden files, from fixtures cut from real JMH runs, under {@link Locale#ROOT} and a
 * comma-decimal locale: the output must not depend on the locale. Regenerate after an intended change with
 * {@code mvn test -Dtest=GoldenReportTest -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {

    private static final Path FIXTURES = Path.of("src/test/resources/report/fixtures");
    private static final Path GOLDEN = Path.of("src/test/resources/report/golden");
    private static final Path RUN = FIXTURES.resolve("bench-results/20261122-041000-284e0ab");
    private static final Path OTHER = FIXTURES.resolve("other-project/jmh-result.json");
    /**
     * A foreign project's JMH 1.37 run (HashBenchmark.java.txt beside it: {@code -f 2 -wi 1 -w 200ms -i 3 -r 200ms}),
     * with rates in the billions per second, decades apart, and a SampleTime method.
     */
    private static final Path FOREIGN = FIXTURES.resolve("foreign-jmh/jmh-result.json");
    /** A one-fork smoke run of the I/O benchmarks and the timer floors, written by the tvp runner. */
    private static final Path IO_TIMER = FIXTURES.resolve("io-timer/20261201-143234-8d9ffed");
    /** A one-fork smoke run written by the tvp runner itself, env.json included, on another machine label. */
    private static final Path SMOKE = FIXTURES.resolve("smoke-run/20261122-042821-a82ce9d");

    @TempDir
    Path out;

    static Stream<Arguments> cases() {
        return Stream.of(Locale.ROOT, Locale.GERMANY).flatMap(locale -> Stream.of(
                Arguments.of("tvp-run", List.of(RUN), locale),
                Arguments.of("other-project", List.of(OTHER), locale),
                Arguments.of("merged", List.of(RUN, OTHER), locale),
                Arguments.of("smoke-run", List.of(SMOKE), locale),
                Arguments.of("two-machines", List.of(RUN, SMOKE), locale),
                Arguments.of("io-timer", List.of(IO_TIMER), locale),
                Arguments.of("foreign-jmh", List.of(FOREIGN), locale)));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void rendersExactlyTheGoldenFiles(String name, List<Path> inputs, Locale locale) throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            ReportWriter.write(inputs, out, EnumSet.allOf(ReportFormat.class));
        } finally {
            Locale.setDefault(saved);
        }
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") && locale.equals(Locale.ROOT)) {
            copyTree(out, golden);
        }
        assertEquals(relativeFiles(golden), relativeFiles(out), "the same files are written");
        for (String file : relativeFiles(golden)) {
            assertEquals(Files.readString(golden.resolve(file)), Files.readString(out.resolve(file)), file);
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String file : relativeFiles(from)) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }
}
