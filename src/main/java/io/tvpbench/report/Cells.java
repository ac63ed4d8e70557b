package io.tvpbench.report;

import io.tvpbench.stats.Interval;
import io.tvpbench.text.Fmt;

/** Table cells shared by several sections. */
final class Cells {

    private Cells() {
    }

    /** {@code 1.2 M – 1.4 M}, cut at zero (a rate is never negative), or an em dash without bounds. */
    static String interval(Interval i) {
        return i.hasBounds() ? Fmt.si(Math.max(0, i.low()), "") + " – " + Fmt.si(i.high(), "") : "—";
    }

    /** {@code 12 µs – 15 µs}, cut at zero (a time is never negative), or an em dash without bounds. */
    static String microsInterval(Interval i) {
        return i.hasBounds() ? Fmt.micros(Math.max(0, i.low())) + " – " + Fmt.micros(i.high()) : "—";
    }

    /** {@code 1 core}, {@code 2 cores}: a core count in a sentence. */
    static String coreCount(int cores) {
        return cores + (cores == 1 ? " core" : " cores");
    }

    /** {@code 1.83× (95% CI 1.62–2.07×)}, the interval only where there is one. */
    static String times(Interval i) {
        return Fmt.times(i.estimate()) + (i.hasBounds() ? " (95% CI " + Fmt.sig(i.low()) + "–" + Fmt.times(i.high()) + ")" : "");
    }

    /** Text as JMH wrote it, or empty when the field is missing. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    /** A whole count, or an em dash when absent. */
    static String count(double v) {
        return Double.isFinite(v) ? Long.toString(Math.round(v)) : "—";
    }

    /** A result's interval in its own unit, or an em dash without bounds. */
    static String plainInterval(Measurement m) {
        Interval i = m.interval();
        return i.hasBounds() ? Fmt.sig(i.low()) + " – " + Fmt.sig(i.high()) : "—";
    }
}
