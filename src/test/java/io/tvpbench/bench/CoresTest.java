package io.tvpbench.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void countsLinuxCpuLists() {
        assertEquals(1, Cores.countCpus("0"));
        assertEquals(4, Cores.countCpus("0-3"));
        assertEquals(7, Cores.countCpus(" 0-3,8,10-11\n"));
    }
}
