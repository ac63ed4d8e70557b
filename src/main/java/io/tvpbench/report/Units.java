package io.tvpbench.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts JMH's unit strings and our size params to common units, so merged runs with other units line up. */
final class Units {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "µs", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB|KB|MB|GB)?");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|min)");

    private Units() {
    }

    /** Factor from a rate unit such as {@code ops/ms} to operations per second; NaN when it is not a rate. */
    static double perSecondFactor(String unit) {
        String[] parts = split(unit);
        if (parts == null || !parts[0].equals("ops") || !SECONDS.containsKey(parts[1])) {
            return Double.NaN;
        }
        return 1 / SECONDS.get(parts[1]);
    }

    /** Factor from a time-per-operation unit such as {@code ms/op} to microseconds; NaN when it is not one. */
    static double microsFactor(String unit) {
        String[] parts = split(unit);
        if (parts == null || !parts[1].equals("op") || !SECONDS.containsKey(parts[0])) {
            return Double.NaN;
        }
        return SECONDS.get(parts[0]) * 1e6;
    }

    /** Bytes named by a payload param such as {@code 1KiB} or {@code 1MiB}; NaN when it is not a size. */
    static double bytes(String size) {
        if (size == null) {
            return Double.NaN;
        }
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) {
            return Double.NaN;
        }
        double factor = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KiB" -> 1024.0;
            case "MiB" -> 1024.0 * 1024;
            case "GiB" -> 1024.0 * 1024 * 1024;
            case "KB" -> 1e3;
            case "MB" -> 1e6;
            case "GB" -> 1e9;
            default -> 1.0;
        };
        return Double.parseDouble(m.group(1)) * factor;
    }

    /** Seconds named by a grain param such as {@code 10us} or {@code 1ms}; NaN when it is not a duration. */
    static double seconds(String duration) {
        if (duration == null) {
            return Double.NaN;
        }
        Matcher m = DURATION.matcher(duration.trim());
        return m.matches() ? Double.parseDouble(m.group(1)) * SECONDS.get(m.group(2)) : Double.NaN;
    }

    private static String[] split(String unit) {
        if (unit == null) {
            return null;
        }
        String[] parts = unit.trim().toLowerCase(Locale.ROOT).replace('μ', 'µ').split("/");
        return parts.length == 2 ? parts : null;
    }
}
