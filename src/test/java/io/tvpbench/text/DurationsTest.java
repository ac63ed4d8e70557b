package io.tvpbench.text;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @Test
    void printsSecondsMinutesAndHours() {
        assertEquals("0s", Durations.format(Duration.ofMillis(400)));
        assertEquals("45s", Durations.format(Duration.ofSeconds(45)));
        assertEquals("6m10s", Durations.format(Duration.ofSeconds(370)));
        assertEquals("1h05m", Durations.format(Duration.ofMinutes(65)));
        assertEquals("0s", Durations.format(Duration.ofSeconds(-3)));
    }
}
