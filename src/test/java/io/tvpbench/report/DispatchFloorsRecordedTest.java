package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On recorded runs, a floor bounds what it is the floor of: no strategy's median round trip is below 0.95× its
 * floor unless the row says why the floor is unreliable there. The fixture is a real DispatchLatencyBenchmark run
 * (quick profile, 3 forks, each cut to its last measured iteration) of the in-JVM strategies and the three thread
 * floors at 1 and 2 cores on the 2-core dev VM; the committed sample is checked the same way once it has them.
 */
class DispatchFloorsRecordedTest {

    private static final Set<String> THREAD_FLOORS = Set.of(Vocabulary.FLOOR_PARKING, Vocabulary.FLOOR_SPIN_THEN_PARK);

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/report/fixtures/dispatch-floors", "bench-results/sample"})
    void noRatioBelowTheToleranceUnlessTheRowSaysWhy(String run) {
        Path dir = Path.of(run);
        assumeTrue(Files.isRegularFile(dir.resolve("jmh-result.json")), run + " has no results");
        List<Floor> floors = Report.of(List.of(LoadedRun.load(dir)), Optional.empty()).analysis().floors();
        List<Floor> parked = floors.stream()
                .filter(f -> f.floor() != null && THREAD_FLOORS.contains(f.floorName())).toList();
        assumeTrue(parked.stream().map(Floor::floorName).distinct().count() == THREAD_FLOORS.size(),
                run + " predates the thread floors");
        for (Floor f : floors) {
            if (Double.isFinite(f.ratio())) {
                assertTrue(f.ratio() >= Floor.FLOOR_TOLERANCE || f.unreliable() != null,
                        f.strategy() + " at " + f.cores() + " cores: " + f.ratio() + "× its floor, not flagged");
            }
        }
        assertFalse(parked.stream().anyMatch(f -> f.limit() == null), "every row over a thread floor shows the spinning floor beside");
    }
}
