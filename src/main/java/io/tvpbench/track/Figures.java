package io.tvpbench.track;

import java.util.Locale;

/** Number formats shared by the comparison renderers, always in {@link Locale#ROOT} so reports diff cleanly. */
final class Figures {

    private Figures() {
    }

    /** A score with about four significant digits and no exponent for everyday magnitudes. */
    static String score(double value) {
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

    /** A signed relative change, e.g. {@code -20.1%}. */
    static String change(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** An unsigned percentage, e.g. {@code 5%} or {@code 7.3%}. */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        String text = String.format(Locale.ROOT, "%.1f", fraction * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    /** A p-value, with {@code <0.001} below that. */
    static String p(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
