package io.tvpbench.run;

import io.tvpbench.cli.Tvp;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.workload.TaskJars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tvp run --task} end to end (smoke profile, one core): what goes wrong with a task while it is measured is
 * named in one line each, the run exits 1, and the results of the strategies that worked are kept; an example
 * from target/tvp-examples.jar runs clean.
 */
class UserTaskRunIT {

    private static final Path JAR = Path.of(System.getProperty("tvp.benchmarksJar", "target/benchmarks.jar"));

    @TempDir
    static Path dir;
    static Run faulty;

    record Run(int exitCode, String output, Path directory) {
        List<JmhResult> results() throws Exception {
            return JmhResults.read(directory.resolve(JmhResults.FILE_NAME));
        }

        Set<String> strategies() throws Exception {
            return results().stream().map(r -> r.param("strategy")).filter(s -> s != null).collect(Collectors.toSet());
        }
    }

    static Run tvpRun(Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toString(), Tvp.class.getName(), "run", "--profile", "smoke", "--cores", "1",
                "--out", out.toString(), "--baseline", out.resolve("none").toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output, out.resolve(RunDirectory.LATEST).toRealPath());
    }

    @BeforeAll
    static void runTheFaultyTask() throws Exception {
        Path jar = TaskJars.compile(dir.resolve("task"), Map.of("Faulty", TaskJars.FAULTY));
        faulty = tvpRun(dir.resolve("faulty"), "--task", "com.acme.Faulty", "--classpath", jar.toString(),
                "--strategy", "SEQUENTIAL,FIXED_POOL,VIRTUAL,PROCESS_POOL", "--task-timeout", "2");
    }

    @Test
    void aFaultFoundWhileMeasuringFailsTheRunAndKeepsWhatFinished() throws Exception {
        assertEquals(1, faulty.exitCode(), faulty.output());
        assertEquals(Set.of("SEQUENTIAL"), faulty.strategies(), faulty.output());
        assertTrue(faulty.results().stream().anyMatch(r -> r.method().equals("childJvmReady")), faulty.output());
    }

    @Test
    void aTaskThatThrowsIsNamedWithItsIndex() {
        assertTrue(faulty.output().lines().anyMatch(l -> l.startsWith("tvp: your task threw under PROCESS_POOL: task #3: ")
                && l.endsWith("IllegalStateException: no database in a child JVM")), faulty.output());
    }

    @Test
    void aTaskThatIsNotDeterministicShowsBothValues() {
        assertTrue(faulty.output().lines().anyMatch(l -> l.matches(
                "tvp: your task is not deterministic: task #(\\d+) returned 10000\\d\\d under VIRTUAL, \\1 under SEQUENTIAL")),
                faulty.output());
    }

    @Test
    void aTaskThatHangsIsKilledAndNamed() {
        assertTrue(faulty.output().contains(
                "tvp: your task hung under FIXED_POOL: task #2 did not finish within 2000 ms; its benchmark JVM was stopped"),
                faulty.output());
    }

    @Test
    void theBlockingExampleRunsCleanIncludingAsync() throws Exception {
        Run run = tvpRun(dir.resolve("http"), "--task", "io.tvpbench.examples.HttpRequestTask",
                "--classpath", JAR.resolveSibling("tvp-examples.jar").toString(),
                "--strategy", "SEQUENTIAL,ASYNC,PROCESS_POOL", "--concurrency", "50");
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(Set.of("SEQUENTIAL", "ASYNC", "PROCESS_POOL"), run.strategies(), run.output());
        assertTrue(run.results().stream().allMatch(r -> "50".equals(r.param("concurrency")) || r.param("strategy") == null),
                run.output());
        assertTrue(Files.readString(run.directory().resolve(RunReport.MARKDOWN)).contains("HttpRequestTask"));
    }
}
