package io.tvpbench.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuSetTest {

    @Test
    void parsesTheKernelListFormat() {
        CpuSet set = CpuSet.parse(" 0-3,8,10-11\n");
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), set.cpus());
        assertEquals(7, set.size());
    }

    @Test
    void pinsToTheFirstAllowedCpusNotToCpuZero() {
        CpuSet set = CpuSet.parse("4-5,9");
        assertEquals("4", set.first(1));
        assertEquals("4,5,9", set.first(3));
        assertThrows(IllegalArgumentException.class, () -> set.first(4));
        assertThrows(IllegalArgumentException.class, () -> set.first(0));
    }

    @Test
    void theCurrentSetIsWhatTheJvmMayUse() {
        assertTrue(CpuSet.current().size() >= Runtime.getRuntime().availableProcessors());
    }
}
