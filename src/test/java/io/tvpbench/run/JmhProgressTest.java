package io.tvpbench.run;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JmhProgressTest {

    private final StringWriter out = new StringWriter();
    private final JmhProgress progress = new JmhProgress(new PrintWriter(out));

    @Test
    void oneLinePerForkWithTheRoundAndBeforeTheFirstLookNoUndecidedCount() {
        progress.fork(1, "3", 14, 206, "CpuThroughputBenchmark.tasks cores=2 grain=10us", -1, Duration.ofSeconds(370));
        assertEquals("[round 1/3, 14/206] CpuThroughputBenchmark.tasks cores=2 grain=10us ... ETA 6m10s", out.toString().strip());
    }

    @Test
    void extraRoundsSayHowManyRowsAreStillUndecided() {
        progress.fork(4, "≤12", 2, 9, "X.y cores=1", 3, Duration.ofSeconds(20));
        progress.fork(5, "≤12", 1, 3, "X.y cores=1", 1, Duration.ofSeconds(5));
        assertEquals(java.util.List.of("[round 4/≤12, 2/9] X.y cores=1 ... 3 rows undecided, ETA 20s",
                "[round 5/≤12, 1/3] X.y cores=1 ... 1 row undecided, ETA 5s"), out.toString().lines().toList());
    }

    @Test
    void remembersJmhsLastErrorForTheFailureMessage() {
        assertNull(progress.lastError());
        progress.accept("ERROR: org.openjdk.jmh.runner.RunnerException: ERROR: Another JMH instance might be running.");
        assertEquals("Another JMH instance might be running.", progress.lastError());
        progress.clearError();
        assertNull(progress.lastError());
    }
}
