package io.tvpbench.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkJvmOptionsTest {

    @Test
    void theDefaultPinsOneCollectorAFixedPreTouchedHeapAndThreadCounts() {
        List<String> flags = ForkJvmOptions.DEFAULT.options();
        assertEquals(1, flags.stream().filter(f -> f.matches("-XX:\\+Use\\w+GC")).count(), flags.toString());
        String xms = flags.stream().filter(f -> f.startsWith("-Xms")).findFirst().orElseThrow();
        assertTrue(flags.contains("-Xmx" + xms.substring(4)), "fixed heap: " + flags);
        for (String pinned : List.of("-XX:+AlwaysPreTouch", "-XX:ParallelGCThreads=", "-XX:ConcGCThreads=", "-XX:CICompilerCount=")) {
            assertTrue(flags.stream().anyMatch(f -> f.startsWith(pinned)), pinned + " in " + flags);
        }
    }

    @Test
    void theUserOverridesWithSpacesOrCommasAndNoneOrBlankMeanWhatTheySay() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1g"), ForkJvmOptions.parse(" -XX:+UseParallelGC, -Xmx1g ").options());
        assertEquals(ForkJvmOptions.DEFAULT, ForkJvmOptions.parse(""));
        assertEquals(ForkJvmOptions.DEFAULT, ForkJvmOptions.parse(null));
        assertEquals(List.of(), ForkJvmOptions.parse("none").options());
    }

    @Test
    void somethingThatIsNotAFlagIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForkJvmOptions.parse("Xmx1g"));
        assertTrue(e.getMessage().contains("'Xmx1g'"), e.getMessage());
    }
}
