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
    void pinsToTheLastAllowedCpusAwayFromTheFirst() {
        CpuSet set = CpuSet.parse("4-5,9");
        assertEquals("9", set.last(1));
        assertEquals("5,9", set.last(2));
        assertEquals("4,5,9", set.last(3));
        assertThrows(IllegalArgumentException.class, () -> set.last(4));
        assertThrows(IllegalArgumentException.class, () -> set.last(0));
    }

    @Test
    void theCurrentSetIsWhatTheJvmMayUse() {
        assertTrue(CpuSet.current().size() >= Runtime.getRuntime().availableProcessors());
    }
}
