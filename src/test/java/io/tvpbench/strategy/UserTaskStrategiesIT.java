package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskJars;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.UserTaskSource;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's task from a jar that is on none of the harness's classpaths, run through the strategies: the same
 * checksums on a pool of threads, on child JVMs (which load the jar themselves) and, for a task with the
 * non-blocking form, on event loops. The examples run from target/tvp-examples.jar exactly as a user's jar would.
 */
class UserTaskStrategiesIT {

    private static final Path EXAMPLES = Path.of(System.getProperty("tvp.benchmarksJar", "target/benchmarks.jar"))
            .resolveSibling("tvp-examples.jar");
    private static final int TASKS = 40;

    private static long[] run(Strategy strategy, UserTaskSource source) throws InterruptedException {
        LoadedTask loaded = LoadedTask.load(source);
        ChildJvmOptions children = ChildJvmOptions.defaults().withUserTask(source);
        try (TaskContext context = TaskContext.local(loaded);
             TaskRunner runner = strategy.create(new RunnerConfig(2, context, children))) {
            return runner.run(TaskSpec.batch(Workload.USER_TASK, TASKS, Grain.NONE, 0, 0));
        }
    }

    @Test
    void aSeparatelyCompiledTaskGivesItsChecksumsOnThreadsAndInChildJvms(@TempDir Path dir) throws Exception {
        Path jar = TaskJars.compile(dir, Map.of("Good", TaskJars.GOOD));
        UserTaskSource source = UserTaskSource.resolve("com.acme.Good", jar.toString(), "four", Duration.ofSeconds(30));
        long[] expected = LongStream.range(0, TASKS).map(i -> i * 31 + 4).toArray();

        assertArrayEquals(expected, run(Strategy.FIXED_POOL, source));
        assertArrayEquals(expected, run(Strategy.PROCESS_POOL, source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DeflateTask", "JsonParseTask", "HttpRequestTask"})
    void everyExampleGivesTheSameChecksumsUnderEveryKindOfStrategy(String example) throws Exception {
        assertTrue(Files.isRegularFile(EXAMPLES), EXAMPLES + " is built by mvn package");
        UserTaskSource source = UserTaskSource.resolve("io.tvpbench.examples." + example, EXAMPLES.toString(), "",
                Duration.ofSeconds(30));
        long[] sequential = run(Strategy.SEQUENTIAL, source);
        assertEquals(TASKS, LongStream.of(sequential).distinct().count(), "every index has its own checksum");

        List<Strategy> strategies = LoadedTask.load(source).nonBlocking()
                ? List.of(Strategy.FIXED_POOL, Strategy.VIRTUAL, Strategy.ASYNC, Strategy.PROCESS_POOL)
                : List.of(Strategy.FIXED_POOL, Strategy.VIRTUAL, Strategy.PROCESS_POOL);
        for (Strategy strategy : strategies) {
            assertArrayEquals(sequential, run(strategy, source), strategy.name());
        }
    }

    @Test
    void onlyTheBlockingExampleOffersTheNonBlockingForm() {
        for (String example : List.of("DeflateTask", "JsonParseTask", "HttpRequestTask")) {
            UserTaskSource source = UserTaskSource.resolve("io.tvpbench.examples." + example, EXAMPLES.toString(), "",
                    Duration.ofSeconds(30));
            assertEquals(example.equals("HttpRequestTask"), LoadedTask.load(source).nonBlocking(), example);
        }
    }
}
