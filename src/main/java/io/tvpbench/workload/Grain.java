package io.tvpbench.workload;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed amount of CPU-kernel work, named by its rough duration on a typical core ("10us", "1ms"). The amount
 * of work, not the time, is fixed, so results stay comparable across machines and over time; the report shows
 * the time actually measured.
 *
 * @param name       the grain as written, e.g. {@code 10us}
 * @param iterations kernel iterations this grain stands for
 */
public record Grain(String name, long iterations) {

    /**
     * Kernel iterations per microsecond on the reference core (AMD EPYC, JDK 25: 2.2 ns per iteration).
     * Changing it changes every grain's meaning, so it is fixed for the life of the result history.
     */
    public static final long ITERATIONS_PER_MICROSECOND = 450;

    /** The zero grain: no kernel work. */
    public static final Grain NONE = new Grain("0us", 0);

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,9})\\s*(ns|us|µs|ms|s)");

    public Grain {
        if (iterations < 0) {
            throw new IllegalArgumentException("grain must not be negative: " + name);
        }
    }

    /** Parses {@code <n><unit>} with unit ns, us (or µs), ms or s. */
    public static Grain parse(String text) {
        long nanos = parseNanos(text);
        return new Grain(text.trim().toLowerCase(Locale.ROOT), nanos * ITERATIONS_PER_MICROSECOND / 1_000L);
    }

    /**
     * Parses a duration written as a grain is ({@code <n><unit>}, unit ns, us, µs, ms or s) into nanoseconds, so
     * every duration the suite takes as text reads the same way.
     */
    public static long parseNanos(String text) {
        if (text == null) {
            throw new IllegalArgumentException("grain is missing; expected e.g. 10us or 1ms");
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("grain must not be negative: " + text);
        }
        Matcher m = SYNTAX.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad grain '" + text + "'; expected <number><ns|us|ms|s>, e.g. 10us or 1ms");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ns" -> n;
            case "us", "µs" -> n * 1_000L;
            case "ms" -> n * 1_000_000L;
            default -> n * 1_000_000_000L;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
