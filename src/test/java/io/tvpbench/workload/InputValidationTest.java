package io.tvpbench.workload;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"-5us", "ten us", "10 parsecs", ""})
    void badGrainsAreRejectedWithAClearMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grain.parse(text));
        assertTrue(e.getMessage().contains("grain"), e.getMessage());
    }

    @Test
    void grainsNameTheirDurationOnTheReferenceCore() {
        assertEquals(10 * Grain.ITERATIONS_PER_MICROSECOND, Grain.parse("10us").iterations());
        assertEquals(100 * Grain.parse("10us").iterations(), Grain.parse("1ms").iterations());
        assertEquals("1ms", Grain.parse(" 1MS ").name());
    }

    @Test
    void negativeLatencyAndPayloadAreRejected() {
        IllegalArgumentException latency = assertThrows(IllegalArgumentException.class,
                () -> new TaskSpec(Workload.IO_SLEEP, 0, 0, -1, 0, Fault.NONE));
        assertTrue(latency.getMessage().contains("latency"), latency.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Payloads.parseSize("-1KiB"));
        assertEquals(1 << 20, Payloads.parseSize("1MiB"));
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> Workload.parse("GPU"));
        assertTrue(w.getMessage().contains("GPU") && w.getMessage().contains("IO_SOCKET"), w.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> Strategy.parse("GREEN_THREADS"));
        assertTrue(s.getMessage().contains("GREEN_THREADS") && s.getMessage().contains("VIRTUAL"), s.getMessage());
        assertEquals(Strategy.FORK_JOIN, Strategy.parse("fork_join"));
    }

    @Test
    void parallelismMustBePositive() {
        try (TaskContext context = TaskContext.local()) {
            assertThrows(IllegalArgumentException.class, () -> new RunnerConfig(-2, context));
        }
    }
}
