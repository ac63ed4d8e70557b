package io.tvpbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.PairsFile;
import io.tvpbench.results.RoundsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code tvp ab} end to end on the built jar: a tiny A/A run (the jar against itself) writes two valid JMH result
 * files, each side's rounds and the alternating pairing; and bad input is refused in one line with exit 2 before
 * anything is measured.
 */
class AbCommandIT {

    private static final String JAR = System.getProperty("tvp.benchmarksJar", "target/benchmarks.jar");

    @Test
    void anAaRunPairsTheTwoSidesInAlternatingOrder(@TempDir Path out) throws IOException {
        Path md = out.resolve("summary.md");
        Console c = withJar(() -> Console.run("ab", "--base", JAR, "--profile", "smoke", "--cores", "1",
                "--include", "StartupCostBenchmark\\.platformThread$", "--out", out.toString(), "--md", md.toString(),
                "--json", out.resolve("ab.json").toString()));
        assertEquals(0, c.exitCode(), c.out() + c.err());
        assertTrue(c.out().contains("A/B:  base " + JAR), c.out());
        Path run;
        try (Stream<Path> dirs = Files.list(out)) {
            run = dirs.filter(p -> p.getFileName().toString().endsWith("-ab")).findFirst().orElseThrow();
        }
        PairsFile pairs = PairsFile.read(run);
        assertEquals(3, pairs.rounds().size(), "an A/B runs at least three rounds, even in smoke");
        for (PairsFile.Round r : pairs.rounds()) {
            assertEquals(r.round() % 2 == 1 ? PairsFile.BASE : PairsFile.HEAD, r.first(), "round " + r.round());
        }
        for (String side : List.of(PairsFile.BASE, PairsFile.HEAD)) {
            assertEquals(1, JmhResults.read(run.resolve(side)).size(), side + " holds one valid JMH result");
            RoundsFile rounds = RoundsFile.near(run.resolve(side)).orElseThrow();
            assertEquals(pairs.rounds().size(), rounds.rounds(), side + " ran every round");
        }
        JsonNode json = JmhResults.mapper().readTree(out.resolve("ab.json").toFile());
        assertEquals(1, json.get("schemaVersion").asInt());
        JsonNode row = json.get("rows").get(0);
        assertEquals(pairs.rounds().size(), row.get("pairs").asInt());
        assertTrue(List.of("equivalent", "undecided", "improvement").contains(row.get("outcome").asText()), row.toString());
        assertTrue(Files.readString(md).startsWith("## Same-run A/B"));
    }

    @Test
    void anUnknownRefIsRefusedInOneLine() {
        Console c = withJar(() -> Console.run("ab", "--base", "no-such-ref-1f2e3d", "--profile", "smoke"));
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("'no-such-ref-1f2e3d' is neither a jar nor a git ref"), c.err());
    }

    @Test
    void aJarThatIsNotABenchmarksJarIsRefused(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("plain.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
        }
        Console c = withJar(() -> Console.run("ab", "--base", jar.toString(), "--profile", "smoke"));
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("is not a benchmarks jar"), c.err());
    }

    @Test
    void aJdkBelow21IsRefused() {
        Optional<Path> old = oldJdk();
        assumeTrue(old.isPresent(), "no JDK below 21 on this machine");
        Console c = withJar(() -> Console.run("ab", "--base", JAR, "--base-java", old.get().toString(), "--profile", "smoke"));
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("tvp ab needs JDK 21 or newer"), c.err());
    }

    /** A JDK below 21 installed here (the machine's default java is 17), if any. */
    private static Optional<Path> oldJdk() {
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> h.getFileName().toString().matches(".*-(8|11|17)(-.*)?")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs the CLI as the built jar does, so the working tree's build is the jar Failsafe names. */
    private static Console withJar(java.util.function.Supplier<Console> call) {
        String saved = System.getProperty(RunCommand.JAR_PROPERTY);
        System.setProperty(RunCommand.JAR_PROPERTY, JAR);
        try {
            return call.get();
        } finally {
            if (saved == null) {
                System.clearProperty(RunCommand.JAR_PROPERTY);
            } else {
                System.setProperty(RunCommand.JAR_PROPERTY, saved);
            }
        }
    }
}
