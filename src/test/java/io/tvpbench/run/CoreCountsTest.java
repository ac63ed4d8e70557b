package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreCountsTest {

    @Test
    void defaultsArePowersOfTwoEndingAtNproc() {
        assertEquals(List.of(1), CoreCounts.defaults(1).counts());
        assertEquals(List.of(1, 2), CoreCounts.defaults(2).counts());
        assertEquals(List.of(1, 2, 4, 6), CoreCounts.defaults(6).counts());
        assertEquals(List.of(1, 2, 4, 8), CoreCounts.defaults(8).counts());
    }

    @Test
    void explicitCountsAreSortedAndDeduplicated() {
        assertEquals(List.of(1, 2), CoreCounts.parse(" 2,1,2 ", 2).counts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "3", "1,3", "two", "1,,2", ""})
    void countsOutsideTheMachineOrNotNumbersAreRejectedInOneLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreCounts.parse(text, 2));
        assertTrue(e.getMessage().startsWith("--cores: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
