package io.tvpbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run of {@code tvp run --task}: the "Your task" section comes first and summary.json carries it. */
class YourTaskReportTest {

    private static final String TASK = "com.acme.Compress";

    @TempDir
    Path dir;

    private static JmhJson userTask(JmhJson json, String strategy, int cores, double... forkMeans) {
        double[][] forks = new double[forkMeans.length][];
        for (int i = 0; i < forkMeans.length; i++) {
            forks[i] = new double[]{forkMeans[i], forkMeans[i]};
        }
        return json.add("io.tvpbench.bench.UserTaskThroughputBenchmark.tasks", "thrpt", "ops/s",
                Map.of("strategy", strategy, "workload", "USER_TASK", "task", TASK, "concurrency", "0",
                        "cores", Integer.toString(cores)), forks);
    }

    private Report report() throws IOException {
        JmhJson json = new JmhJson();
        for (int cores : new int[]{1, 2}) {
            userTask(json, "SEQUENTIAL", cores, 100, 100);
            userTask(json, "FIXED_POOL", cores, 100 * cores, 100 * cores);
            userTask(json, "PROCESS_POOL", cores, 200 * cores, 200 * cores);
            json.add("io.tvpbench.bench.UserTaskStartupBenchmark.childJvmReady", "ss", "us/op",
                    Map.of("task", TASK, "cores", Integer.toString(cores)), new double[]{500_000, 500_000},
                    new double[]{500_000, 500_000}).secondary("bytesPerUnit", 48 << 20);
        }
        json.add("io.tvpbench.bench.StartupCostBenchmark.childJvmReady", "sample", "us/op",
                Map.of("variant", "DEFAULT", "cores", "1"), new double[]{60_000, 60_000}, new double[]{60_000, 60_000});
        return Report.of(List.of(LoadedRun.load(json.write(dir.resolve("jmh-result.json")))), Optional.empty());
    }

    @Test
    void yourTaskComesFirstWithVerdictScalingBreakEvenAndMemory() throws IOException {
        Report report = report();
        assertEquals("your-task", report.sections().get(0).id());
        String md = new MarkdownRenderer().render(report);
        assertTrue(md.indexOf("## Your task") < md.indexOf("## Verdict"), md);
        assertTrue(md.contains("ASYNC: not applicable (the task blocks)"), md);
        assertTrue(md.contains("| 2 | PROCESS\\_POOL | 400 | clear: PROCESS\\_POOL 2× "), md);
        assertTrue(md.contains("| 48 MiB |"), md);
    }

    @Test
    void theDefaultWindowIsNamedAsMeasuredNotAsConcurrencyZero() throws IOException {
        String md = new MarkdownRenderer().render(report());
        assertTrue(md.contains("with up to 100 calls in flight (concurrency=default: a queue refilled when half empty; "
                + "THREAD\\_PER\\_TASK and PROCESS\\_PER\\_TASK keep 2 per core"), md);
        assertTrue(md.contains("USER\\_TASK concurrency=default task=com.acme.Compress"), md);
        assertFalse(md.contains("concurrency=0"), md);
        assertFalse(md.contains("whole batch"), md);
    }

    @Test
    void theBreakEvenUsesTheStartUpOfTheChildJvmThatLoadsTheTask() throws IOException {
        YourTask task = YourTask.of(report().analysis()).get(0);
        BreakEven oneCore = task.breakEvens().stream().filter(b -> b.cores() == 1).findFirst().orElseThrow();
        assertEquals(500_000, oneCore.startupMicros(), 1e-6);
        assertEquals(0.5 / (1 / 100.0 - 1 / 200.0), oneCore.tasks(), 1e-6);
        assertFalse(task.async());
    }

    @Test
    void summaryJsonHasTheYourTaskFields() throws IOException {
        JsonNode json = JmhResults.mapper().readTree(new JsonRenderer().render(report()));
        JsonNode task = json.at("/yourTask/0");
        assertEquals(TASK, task.path("task").asText());
        assertEquals("USER_TASK", task.path("workload").asText());
        assertFalse(task.path("asyncApplicable").asBoolean(true));
        assertEquals(2, task.path("verdicts").size());
        assertEquals("PROCESS_POOL", task.at("/verdicts/1/winner").asText());
        assertEquals(3, task.path("scaling").size());
        assertEquals(100.0, task.at("/breakEven/0/tasks").asDouble(), 1e-6);
        assertEquals(500_000.0, task.at("/childJvm/0/startupMicros").asDouble(), 1e-6);
        assertEquals(48 << 20, task.at("/childJvm/0/rssBytes").asDouble(), 1e-6);
    }
}
