package io.tvpbench.run;

import java.util.Arrays;
import java.util.List;

/**
 * The JVM flags every JMH fork gets, the same at every core count: left to ergonomics, a 1-core fork gets SerialGC
 * and a 2-core fork G1, and GC and JIT thread counts follow {@code -XX:ActiveProcessorCount}, so a 1→2-core
 * speed-up would mix the core count with the collector. One collector, a fixed pre-touched heap and fixed GC and
 * compiler thread counts keep the core count the only thing that changes; env.json records them as
 * {@code forkJvm.options}.
 *
 * @param options the flags, in order; the user may replace them (an empty list lets the JVM choose)
 */
public record ForkJvmOptions(List<String> options) {

    /**
     * G1 (the JDK's default collector, whose full GC compacts) on a 256 MiB heap touched at start-up, so no
     * first-touch page fault lands in a measured iteration, on transparent huge pages, so the touch costs 128
     * faults instead of 65,536 (on the dev VM {@code java -version} with 512 MiB took 0.1–1.3 CPU-s against 2.4
     * without huge pages); one parallel and one concurrent GC thread, and two compiler threads (the fewest tiered
     * compilation allows). 256 MiB, not 512: back to back on the dev VM (2026-12-01, three alternations of eight
     * forks) creating the heap took 0.04–0.06 s every time, where 512 MiB took 0.06 s most times but 0.2–1.3 s one
     * fork in three (mean 0.21–0.32 s), a tenth of a standard run; and the suite's largest users (SHARED_STATE's
     * messages, 1,000 I/O waits, 1 MiB payloads) peaked at 104 MiB before a young collection, with at most 6 MiB
     * live after it and no full collection but the footprint benchmark's own.
     */
    public static final ForkJvmOptions DEFAULT = new ForkJvmOptions(List.of("-XX:+UseG1GC", "-Xms256m", "-Xmx256m",
            "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages", "-XX:ParallelGCThreads=1", "-XX:ConcGCThreads=1",
            "-XX:CICompilerCount=2"));

    /** The override that pins no flags. */
    public static final String NONE = "none";

    public ForkJvmOptions {
        options = List.copyOf(options);
        for (String option : options) {
            if (!option.startsWith("-") || option.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("bad fork JVM option '" + option
                        + "': each option starts with '-' and has no spaces, e.g. -XX:+UseParallelGC -Xmx1g");
            }
        }
    }

    /**
     * Parses the user's override, options separated by spaces or commas: {@code null} or blank keeps the default,
     * {@value #NONE} pins nothing (the JVM's ergonomics decide, as in a plain JMH run).
     */
    public static ForkJvmOptions parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        if (text.trim().equals(NONE)) {
            return new ForkJvmOptions(List.of());
        }
        return new ForkJvmOptions(Arrays.stream(text.trim().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList());
    }

    /** The flags as one {@code -jvmArgsAppend} value, which JMH splits on spaces. */
    public String jmhArgument() {
        return String.join(" ", options);
    }
}
