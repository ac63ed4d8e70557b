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
     * G1 (the JDK's default collector, whose full GC compacts) on a 512 MiB heap touched at start-up, so no
     * first-touch page fault lands in a measured iteration, on transparent huge pages, so the touch costs 256
     * faults instead of 131,072 (on the dev VM {@code java -version} with these flags took 0.1–1.3 CPU-s against
     * 2.4 without huge pages: most of a fork's start-up); one parallel and one concurrent GC thread, and two
     * compiler threads (the fewest tiered compilation allows).
     */
    public static final ForkJvmOptions DEFAULT = new ForkJvmOptions(List.of("-XX:+UseG1GC", "-Xms512m", "-Xmx512m",
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
