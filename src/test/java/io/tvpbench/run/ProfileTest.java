package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {

    @Test
    void namesAreTypedInLowerCaseAndParsedLeniently() {
        assertEquals(Profile.SMOKE, Profile.parse("smoke"));
        assertEquals(Profile.QUICK, Profile.parse(" Quick "));
        assertEquals("standard", Profile.STANDARD.label());
    }

    @Test
    void anUnknownProfileListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.parse("fast"));
        assertEquals("unknown profile 'fast', expected one of smoke, quick, standard, full", e.getMessage());
    }

    @Test
    void roundsAreEnoughForPairedStatisticsAndTheDesignLooksAFixedNumberOfTimes() {
        assertTrue(Profile.QUICK.minRounds() >= 3, "quick feeds the paired and fork-level tests");
        assertEquals(3, Profile.STANDARD.minRounds());
        assertTrue(Profile.FULL.minRounds() > Profile.STANDARD.minRounds());
        for (Profile p : Profile.values()) {
            assertEquals(p.minRounds(), p.design().minRounds());
            assertEquals(0.05 / p.design().looks().length, p.design().lookAlpha(), 1e-12);
        }
    }

    @Test
    void jmhOptionsOverrideForksAndIterations() {
        assertEquals(List.of("-f", "1", "-wi", "0", "-w", "100ms", "-i", "1", "-r", "100ms"), Profile.SMOKE.jmhOptions());
    }

    @Test
    void onlySmokeIsNotAMeasurementAndFullHasNoBudget() {
        assertFalse(Profile.SMOKE.measures());
        assertTrue(Profile.QUICK.measures());
        assertEquals(Duration.ofMinutes(3), Profile.SMOKE.budget().orElseThrow());
        assertTrue(Profile.FULL.budget().isEmpty());
    }

    @Test
    void profilesNarrowScenarioParamsButNeverContendersOrWorkloads() {
        assertEquals(Set.of("10us"), Profile.SMOKE.keptValues("grain").orElseThrow());
        for (Profile p : Profile.values()) {
            assertTrue(p.keptValues("strategy").isEmpty());
            assertTrue(p.keptValues("workload").isEmpty());
            assertTrue(p.keptValues("cores").isEmpty());
        }
    }

    @Test
    void smokeRunsEveryBenchmarkOnceOnOneCpuQuickOnAllTheOthersOnEveryDefaultCoreCount() {
        assertEquals(List.of(1), Profile.SMOKE.defaultCores(8).counts());
        assertEquals(List.of(8), Profile.QUICK.defaultCores(8).counts());
        assertEquals(List.of(1, 2, 4, 8), Profile.FULL.defaultCores(8).counts());
        assertEquals(List.of(1, 2), Profile.STANDARD.defaultCores(2).counts());
    }

    @Test
    void forkEstimatesGrowWithIterations() {
        Duration smoke = Profile.SMOKE.forkEstimate(Mode.Throughput);
        Duration standard = Profile.STANDARD.forkEstimate(Mode.Throughput);
        assertTrue(smoke.compareTo(standard) < 0);
        assertEquals(Profile.FORK_OVERHEAD.plus(Duration.ofMillis(100)), smoke);
        assertTrue(Profile.SMOKE.forkEstimate(Mode.SingleShotTime).compareTo(Duration.ZERO) > 0);
    }
}
