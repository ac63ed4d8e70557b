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
    void forksAreEnoughForTheStatisticsEachProfileFeeds() {
        assertTrue(Profile.QUICK.forks() >= 3, "quick feeds the fork-level regression test");
        assertTrue(Profile.STANDARD.forks() >= 2, "standard shows between-fork variance");
        assertTrue(Profile.FULL.forks() > Profile.STANDARD.forks());
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
    void estimatesGrowWithForksAndIterations() {
        Duration smoke = Profile.SMOKE.estimate(Mode.Throughput);
        Duration standard = Profile.STANDARD.estimate(Mode.Throughput);
        assertTrue(smoke.compareTo(standard) < 0);
        assertEquals(Profile.FORK_OVERHEAD.plus(Duration.ofMillis(100)), smoke);
        assertTrue(Profile.SMOKE.estimate(Mode.SingleShotTime).compareTo(Duration.ZERO) > 0);
    }
}
