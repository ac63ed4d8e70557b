package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On recorded runs, a floor bounds what it is the floor of: no strategy's median round trip is below 0.95× its
 * floor unless the row says why the floor is unreliable there. The fixture is a real DispatchLatencyBenchmark run
 * of the in-JVM strategies and both floors at 1 and 2 cores on the 2-core dev VM (2 forks, each cut to its last
 * measured iteration); the committed sample is checked the same way once it has the parking floor.
 */
class DispatchFloorsRecordedTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/report/fixtures/dispatch-floors", "bench-results/sample"})
    void noRatioBelowTheToleranceUnlessTheRowSaysWhy(String run) {
        Path dir = Path.of(run);
        assumeTrue(Files.isRegularFile(dir.resolve("jmh-result.json")), run + " has no results");
        List<Floor> floors = Report.of(List.of(LoadedRun.load(dir)), Optional.empty()).analysis().floors();
        List<Floor> parked = floors.stream()
                .filter(f -> Vocabulary.FLOOR_PARKING.equals(f.floorName()) && f.floor() != null).toList();
        assumeTrue(!parked.isEmpty(), run + " predates the parking floor");
        for (Floor f : floors) {
            if (Double.isFinite(f.ratio())) {
                assertTrue(f.ratio() >= Floor.FLOOR_TOLERANCE || f.unreliable() != null,
                        f.strategy() + " at " + f.cores() + " cores: " + f.ratio() + "× its floor, not flagged");
            }
        }
        assertFalse(parked.stream().anyMatch(f -> f.limit() == null), "every parked row shows the spinning floor beside");
    }
}
