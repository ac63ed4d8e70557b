package io.tvpbench.cli;

import io.tvpbench.workload.TaskJars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tvp run --task}: a task that cannot run is refused with one line and exit 2 before anything is measured. */
class UserTaskBadInputTest {

    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void compileTasks() {
        jar = TaskJars.compile(dir, TaskJars.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Missing       | tvp: class com.acme.Missing not found on the classpath JAR",
            "NoConstructor | tvp: com.acme.NoConstructor has no public no-arg constructor",
            "NotATask      | tvp: com.acme.NotATask does not implement io.tvpbench.api.Task",
            "SetUpThrows   | tvp: com.acme.SetUpThrows.setUp threw IOException: cannot reach db.example:5432"})
    void refusedBeforeMeasuring(String simpleName, String expected, @TempDir Path out) {
        Console console = Console.run("run", "--task", TaskJars.PKG + "." + simpleName, "--classpath", jar.toString(),
                "--out", out.resolve("results").toString(), "--profile", "smoke");

        assertEquals(2, console.exitCode(), console.err());
        assertTrue(console.oneErrorLine(), console.err());
        assertEquals(expected.replace("JAR", jar.toAbsolutePath().toString()), console.err().strip());
        assertFalse(Files.exists(out.resolve("results")), "nothing may start on bad input");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--concurrency=0         | tvp: --concurrency must be a positive number: 0",
            "--strategy=THREADS      | tvp: --strategy: unknown strategy",
            "--strategy=ASYNC        | tvp: --strategy leaves no strategy that applies to com.acme.Good",
            "--include=Cpu           | tvp: --include selects the suite's benchmarks; with --task use --strategy"})
    void badTaskOptions(String option, String expectedStart) {
        Console console = Console.run("run", "--task", "com.acme.Good", "--classpath", jar.toString(), option);

        assertEquals(2, console.exitCode(), console.err());
        assertTrue(console.oneErrorLine(), console.err());
        assertTrue(console.err().startsWith(expectedStart), console.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--task=com.acme.Good", "--classpath=app.jar"})
    void taskAndClasspathGoTogether(String option) {
        Console console = Console.run("run", option);

        assertEquals(2, console.exitCode(), console.err());
        assertEquals("tvp: --task and --classpath go together: --task CLASS --classpath CP", console.err().strip());
    }
}
