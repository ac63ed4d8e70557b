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

/** The sharing-state section: update costs over NONE, the message against the atomic, NONE kept out of verdicts. */
class SharingSectionTest {

    private static final String BENCHMARK = "io.tvpbench.bench.SharedStateThroughputBenchmark.tasks";

    @TempDir
    Path dir;

    private static JmhJson add(JmhJson json, String strategy, String sharing, int updateEvery, double tasksPerSecond) {
        double[] fork = {tasksPerSecond * 0.999, tasksPerSecond * 1.001};
        return json.add(BENCHMARK, "thrpt", "ops/s", Map.of("cores", "2", "strategy", strategy, "workload",
                "SHARED_STATE", "grain", "1us", "sharing", sharing, "updateEvery", Integer.toString(updateEvery)),
                fork, fork.clone(), fork.clone());
    }

    private Report report() throws IOException {
        JmhJson json = new JmhJson();
        add(json, "FIXED_POOL", "NONE", 1, 1_000_000);
        add(json, "FIXED_POOL", "ATOMIC", 1, 800_000);
        add(json, "FIXED_POOL", "LOCK", 1, 500_000);
        add(json, "FIXED_POOL", "ATOMIC", 100, 1_000_000);
        add(json, "PROCESS_POOL", "NONE", 1, 100_000);
        add(json, "PROCESS_POOL", "MESSAGE", 1, 20_000);
        add(json, "PROCESS_POOL", "SHM_ATOMIC", 1, 80_000);
        return Report.of(List.of(LoadedRun.load(json.write(dir.resolve("jmh-result.json")))), Optional.empty());
    }

    @Test
    void anUpdateCostsItsTimePerTaskOverTheSameStrategySharingNothing() throws IOException {
        Map<String, UpdateCost> costs = new java.util.TreeMap<>();
        report().analysis().updateCosts().forEach(u -> costs.put(u.contender().strategy() + " " + u.sharing() + " "
                + u.scenario().params().get("updateEvery"), u));
        assertEquals(List.of("FIXED_POOL ATOMIC 1", "FIXED_POOL ATOMIC 100", "FIXED_POOL LOCK 1",
                "PROCESS_POOL MESSAGE 1", "PROCESS_POOL SHM_ATOMIC 1"), List.copyOf(costs.keySet()));
        assertEquals(0.25, costs.get("FIXED_POOL ATOMIC 1").updateMicros(), 1e-9, "1/800k - 1/1M s");
        assertEquals(1.0, costs.get("FIXED_POOL LOCK 1").updateMicros(), 1e-9);
        assertEquals(40.0, costs.get("PROCESS_POOL MESSAGE 1").updateMicros(), 1e-9);
        assertEquals(2.5, costs.get("PROCESS_POOL SHM_ATOMIC 1").updateMicros(), 1e-9);
        assertEquals(0.0, costs.get("FIXED_POOL ATOMIC 100").updateMicros(), 1e-9,
                "the NONE baseline measured at updateEvery 1 serves updateEvery 100");
        assertTrue(costs.get("FIXED_POOL ATOMIC 100").withinNoise());
        assertFalse(costs.get("PROCESS_POOL MESSAGE 1").withinNoise());
    }

    @Test
    void theSectionSetsTheMessageAgainstTheAtomicAndNoneCompetesInNoVerdict() throws IOException {
        Report report = report();
        Section section = report.sections().stream().filter(s -> s.id().equals("sharing")).findFirst().orElseThrow();
        assertEquals("Sharing state", section.title());
        List<String> texts = section.blocks().stream().filter(b -> b instanceof Block.Text)
                .map(b -> ((Block.Text) b).text()).toList();
        assertTrue(texts.contains("SHARED_STATE grain=1us updateEvery=1, at 2 cores: a message to the parent costs "
                + "40 µs per update, 160× an atomic update by threads (FIXED_POOL, 250 ns); compare-and-set on shared "
                + "memory costs processes 2.5 µs."), texts.toString());
        assertTrue(section.blocks().stream().anyMatch(b -> b instanceof Block.Chart c
                && c.name().equals("sharing-SHARED_STATE-grain-1us-updateEvery-1") && c.svg().contains("MESSAGE")));
        Block.Table table = (Block.Table) section.blocks().getLast();
        assertEquals(7, table.rows().size());
        assertTrue(table.rows().contains(List.of("SHARED_STATE grain=1us updateEvery=1", "PROCESS_POOL", "MESSAGE", "2",
                "20 k", "20 k – 20 k", "40 µs")), table.rows().toString());

        assertTrue(report.analysis().verdicts().stream().noneMatch(v -> v.winner().params().get("sharing").equals("NONE")
                || v.tied().stream().anyMatch(c -> c.params().get("sharing").equals("NONE"))));
        Verdict everyTask = report.analysis().verdicts().stream()
                .filter(v -> v.scenario().params().get("updateEvery").equals("1")).findFirst().orElseThrow();
        assertEquals("FIXED_POOL sharing=ATOMIC", everyTask.winner().label());
    }

    @Test
    void summaryJsonListsEveryUpdateCost() throws IOException {
        JsonNode sharing = JmhResults.mapper().readTree(new JsonRenderer().render(report())).path("sharing");
        assertEquals(5, sharing.size());
        JsonNode message = null;
        for (JsonNode n : sharing) {
            message = n.path("sharing").asText().equals("MESSAGE") ? n : message;
        }
        assertEquals("PROCESS_POOL", message.path("strategy").asText());
        assertEquals("1", message.path("scenario").path("updateEvery").asText());
        assertEquals(40.0, message.path("updateMicros").asDouble(), 1e-9);
        assertEquals(100_000, message.path("baselineTasksPerSecond").asDouble(), 1e-6);
        assertFalse(message.path("withinNoise").asBoolean());
    }
}
