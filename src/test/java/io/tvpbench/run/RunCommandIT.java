package io.tvpbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.tvpbench.cli.Tvp;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real {@code tvp run} pipeline, smoke profile, on two fast benchmarks; and its answers to bad input. */
class RunCommandIT {

    /** Two benchmarks of the suite that start and finish quickly. */
    private static final String FAST_BENCHMARKS = "StartupCostBenchmark\\.(platformThread|virtualThread)$";

    private static final Path JAR = Path.of(System.getProperty("tvp.benchmarksJar", "target/benchmarks.jar"));

    @Test
    void smokeRunWritesTheRunDirectoryWithEveryCoreCount(@TempDir Path out) throws Exception {
        int nproc = CpuSet.current().size();
        String cores = nproc >= 2 ? "1,2" : "1";
        Set<String> expectedCores = nproc >= 2 ? Set.of("1", "2") : Set.of("1");

        Process process = new ProcessBuilder(tvpRun("--profile", "smoke", "--cores", cores,
                "--include", FAST_BENCHMARKS, "--out", out.toString(), "--baseline", out.resolve("none").toString()))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);

        assertTrue(output.contains("Plan: profile smoke, 6 benchmark methods"), output);
        assertTrue(output.contains("controls of the machine's drift, at every core count and outside the verdicts: "), output);
        int configurations = (2 + Vocabulary.CONTROL_FAMILIES.size()) * expectedCores.size();
        assertTrue(output.contains("[round 1/1, " + configurations + "/" + configurations + "] "), output);
        assertTrue(output.contains("after 1 rounds (allDecided)"), output);

        Path latest = out.resolve(RunDirectory.LATEST);
        assertTrue(Files.isSymbolicLink(latest));
        Path run = latest.toRealPath();
        assertTrue(run.getFileName().toString().matches("\\d{8}-\\d{6}-([0-9a-f]{7}|nogit)"), run.toString());
        for (String file : List.of(JmhResults.FILE_NAME, RunEnvironment.FILE_NAME, BenchRunner.LOG, RunReport.MARKDOWN)) {
            assertTrue(Files.isRegularFile(run.resolve(file)), file);
        }

        List<JmhResult> results = JmhResults.read(run);
        assertEquals(configurations, results.size());
        assertEquals(expectedCores, results.stream().map(r -> r.param(Vocabulary.CORES_PARAM)).collect(Collectors.toSet()));
        Set<String> methods = new TreeSet<>(Vocabulary.CONTROL_FAMILIES);
        methods.addAll(List.of("platformThread", "virtualThread"));
        for (String k : expectedCores) {
            assertEquals(methods, results.stream().filter(r -> r.param(Vocabulary.CORES_PARAM).equals(k))
                    .map(JmhResult::method).collect(Collectors.toSet()), "the controls run at every core count, " + k);
        }

        JsonNode env = JmhResults.mapper().readTree(run.resolve(RunEnvironment.FILE_NAME).toFile());
        assertEquals(1, env.path("schemaVersion").asInt());
        assertEquals("smoke", env.path("profile").asText());
        assertEquals(expectedCores, new TreeSet<>(textValues(env.at("/cores/counts"))));
        assertEquals(CorePinning.detect().enforced(), env.at("/cores/enforced").asBoolean());
        assertTrue(env.path("fingerprint").asText().matches("[0-9a-f]{12}"));
        assertEquals(Runtime.version().feature(), env.at("/jdk/feature").asInt());
        assertTrue(env.at("/git/commit").isTextual());
        assertTrue(env.at("/cpu/logicalCpus").asInt() >= nproc);

        String log = Files.readString(run.resolve(BenchRunner.LOG));
        assertTrue(log.contains("# Benchmark: io.tvpbench.bench.StartupCostBenchmark.platformThread"));
        String report = Files.readString(run.resolve(RunReport.MARKDOWN));
        assertTrue(report.contains("## Start-up ladder") && report.contains("| virtualThread"), report);
        assertTrue(Files.isRegularFile(run.resolve("report.html")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void interruptingKillsEveryChildAndKeepsTheFinishedCoreCounts(@TempDir Path out) throws Exception {
        Process runner = new ProcessBuilder(tvpRun("--profile", "smoke", "--cores", "1,2",
                "--include", "StartupCostBenchmark\\.virtualThread$", "--out", out.toString()))
                .redirectErrorStream(true).start();
        runner.getOutputStream().close();
        BufferedReader lines = new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        for (String line = lines.readLine(); line != null && !line.startsWith("[round 1/1, 2/"); line = lines.readLine()) {
            output.append(line).append('\n');
        }
        assertTrue(runner.isAlive(), "the second fork should be running: " + output);
        List<ProcessHandle> tree = runner.descendants().toList();
        assertFalse(tree.isEmpty(), "the JMH hosts run as children of the runner");

        runner.toHandle().destroy();
        lines.lines().forEach(l -> output.append(l).append('\n'));
        assertTrue(runner.waitFor(30, TimeUnit.SECONDS));

        assertEquals(143, runner.exitValue(), output.toString());
        for (ProcessHandle child : tree) {
            child.onExit().get(10, TimeUnit.SECONDS);
        }
        Path results = out.resolve(RunDirectory.LATEST).resolve(JmhResults.FILE_NAME);
        assertTrue(output.toString().contains("tvp: interrupted in round 1; 1 results (each with the forks it had) are kept in "
                + results.toRealPath()), output.toString());
        assertEquals(1, JmhResults.read(results).size(), "the first fork's result is kept");
        assertTrue(Files.readString(results.resolveSibling(RunEnvironment.FILE_NAME)).contains("\"stoppedBecause\" : \"interrupted\""));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRunnerKilledWithSigkillTakesItsJmhHostAndForkWithinFiveSeconds(@TempDir Path out) throws Exception {
        Process runner = new ProcessBuilder(tvpRun("--profile", "smoke", "--cores", "1",
                "--include", "StartupCostBenchmark\\.(platformThread|virtualThread|coldFixedPool|nativeProcess)$",
                "--out", out.toString(), "--baseline", out.resolve("none").toString()))
                .redirectErrorStream(true).redirectOutput(out.resolve("runner.log").toFile()).start();
        List<ProcessHandle> tree = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (runner.isAlive() && System.nanoTime() < deadline
                && tree.stream().noneMatch(p -> p.info().commandLine().orElse("").contains("ForkedMain"))) {
            TimeUnit.MILLISECONDS.sleep(20);
            tree = runner.descendants().toList();
        }
        assertTrue(tree.stream().anyMatch(p -> p.info().commandLine().orElse("").contains("ForkedMain")),
                "a JMH fork should be running under the host: " + Files.readString(out.resolve("runner.log")));

        runner.toHandle().destroyForcibly();
        assertTrue(runner.waitFor(10, TimeUnit.SECONDS));
        long killedAt = System.nanoTime();
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, killedAt + TimeUnit.SECONDS.toNanos(5) - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                throw new AssertionError(p.info().commandLine().orElse("pid " + p.pid()) + " outlived its killed runner by 5 s");
            }
        }
    }

    /** The command line of {@code tvp run} as scripts/tvp starts it, on this JDK. */
    private static List<String> tvpRun(String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toString(), Tvp.class.getName(), "run"));
        command.addAll(List.of(options));
        return command;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--profile=fast",
            "--cores=0",
            "--cores=-1",
            "--cores=999",
            "--cores=one",
            "--include=Startup(Cost",
            "--include=NoSuchBenchmarkAnywhere",
            "--fork-jvm-options=Xmx1g",
            "--param=sharing",
            "--param=noSuchParam=1"})
    void badInputIsOneLineAndExit2BeforeAnythingStarts(String option, @TempDir Path out) throws IOException {
        StringWriter err = new StringWriter();
        StringWriter stdout = new StringWriter();
        CommandLine cli = Tvp.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(stdout, true));

        int code = cli.execute("run", option, "--out", out.resolve("results").toString());

        assertEquals(Tvp.BAD_INPUT, code, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.getFirst().startsWith("tvp: "), lines.getFirst());
        assertFalse(Files.exists(out.resolve("results")), "nothing may start on bad input");
        assertEquals("", stdout.toString());
    }

    @Test
    void aSharingModeAskedForWithAStrategyThatCannotUseItIsRefusedWithExit2(@TempDir Path out) {
        StringWriter err = new StringWriter();
        CommandLine cli = Tvp.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int code = cli.execute("run", "--include", "SharedState", "-p", "strategy=VIRTUAL,PROCESS_POOL",
                "--param", "sharing=SHM_ATOMIC", "--out", out.resolve("results").toString());

        assertEquals(Tvp.BAD_INPUT, code, err.toString());
        assertEquals("tvp: --param: strategy VIRTUAL cannot share state by SHM_ATOMIC; its sharing modes are "
                + "[NONE, LOCK, SYNCHRONIZED, ATOMIC, ADDER]", err.toString().strip());
        assertFalse(Files.exists(out.resolve("results")), "nothing may start on bad input");
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
