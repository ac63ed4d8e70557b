package io.tvpbench.bench;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CoresTest {

    private static final int SEEN = Runtime.getRuntime().availableProcessors();

    @Test
    void zeroMeansNotEnforcedAndTakesWhatTheJvmSees() {
        assertEquals(SEEN, Cores.verified(0));
    }

    @Test
    void aForkThatSeesAnotherCountFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Cores.verified(SEEN + 1));
        assertTrue(e.getMessage().contains("cores=" + (SEEN + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("availableProcessors()=" + SEEN), e.getMessage());
    }

    @Test
    void negativeCoresAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Cores.verified(-1));
    }

    @Test
    void parsesLinuxCpuLists() {
        assertEquals(Set.of(0), Cores.parseCpus("0"));
        assertEquals(Set.of(0, 1, 2, 3), Cores.parseCpus("0-3"));
        assertEquals(Set.of(0, 1, 2, 3, 8, 10, 11), Cores.parseCpus(" 0-3,8,10-11\n"));
    }

    @Test
    void anAffinityWiderThanCoresFailsTheFork() {
        int allowed = Cores.affinity().map(Set::size).orElse(0);
        assumeTrue(allowed == SEEN && allowed > 1, "needs a Linux affinity as wide as availableProcessors() > 1");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Cores.checkAffinity(allowed - 1));
        assertTrue(e.getMessage().contains("may run on " + allowed + " CPUs"), e.getMessage());
    }

    @Test
    void aForkThatDidNotMoveOntoTheMeasuredCpusFails() {
        Set<Integer> allowed = Cores.affinity().orElse(Set.of());
        assumeTrue(!allowed.isEmpty(), "needs a Linux affinity");
        int elsewhere = allowed.stream().max(Integer::compare).orElseThrow() + 1;
        System.setProperty(ForkPinning.PROPERTY, Integer.toString(elsewhere));
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Cores.checkAffinity(allowed.size()));
            assertTrue(e.getMessage().endsWith("but was to move onto [" + elsewhere + "], away from its JMH host"),
                    e.getMessage());
        } finally {
            System.clearProperty(ForkPinning.PROPERTY);
        }
    }
}
