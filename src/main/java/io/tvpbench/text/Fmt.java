package io.tvpbench.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Number formatting for people: three significant digits with SI or binary prefixes, always in
 * {@link Locale#ROOT} so a report reads the same on a comma-decimal machine and machine-readable output parses.
 */
public final class Fmt {

    private static final String[] SI = {"", "k", "M", "G", "T"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Fmt() {
    }

    /** Three significant digits, plain notation: {@code 0.0123}, {@code 4.56}, {@code 789}. */
    public static String sig(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A count or rate with an SI prefix: {@code 1.23 M}, {@code 456 k}, {@code 12.0}. */
    public static String si(double v, String unit) {
        return prefixed(v, 1000, SI, unit, false);
    }

    /** A byte count with a binary prefix: {@code 1.5 MiB}. */
    public static String bytes(double v) {
        return prefixed(v, 1024, BINARY, "", true);
    }

    /** Divides by {@code base} until three digits remain and appends the matching prefix (always, or if any). */
    private static String prefixed(double v, double base, String[] prefixes, String unit, boolean alwaysPrefix) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        int power = 0;
        double scaled = Math.abs(v);
        while (scaled >= base - 0.5 && power < prefixes.length - 1) {
            scaled /= base;
            power++;
        }
        String number = sig(Math.copySign(scaled, v));
        return alwaysPrefix ? number + " " + prefixes[power] + unit : (number + " " + prefixes[power] + unit).trim();
    }

    /** A duration given in microseconds, in the unit that keeps it readable: {@code 850 ns}, {@code 42.1 ms}. */
    public static String micros(double us) {
        if (Double.isNaN(us) || Double.isInfinite(us)) {
            return "n/a";
        }
        double abs = Math.abs(us);
        if (abs < 1 && abs > 0) {
            return sig(us * 1000) + " ns";
        }
        if (abs < 1_000) {
            return sig(us) + " µs";
        }
        if (abs < 1_000_000) {
            return sig(us / 1_000) + " ms";
        }
        return sig(us / 1_000_000) + " s";
    }

    /** A ratio such as a speed-up: {@code 3.92×}. */
    public static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "n/a" : sig(ratio) + "×";
    }

    /** A fraction as a percentage: {@code 87%}. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /** Full precision without exponent, for CSV and JSON readers; empty for NaN. */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A comparison score: about four significant digits, no exponent for everyday magnitudes, "–" for NaN. */
    public static String score(double value) {
        double abs = Math.abs(value);
        if (Double.isNaN(value)) {
            return "–";
        }
        if (abs >= 100 && abs < 1e9) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1 && abs < 100) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** A signed relative change, e.g. {@code -20.1%}; "–" for NaN. */
    public static String change(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** An unsigned percentage to one decimal, a trailing {@code .0} dropped: {@code 5%}, {@code 7.3%}; "–" for NaN. */
    public static String percentTenths(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        String text = String.format(Locale.ROOT, "%.1f", fraction * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    /** A p-value, with {@code <0.001} below that; "–" for NaN. */
    public static String pValue(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
