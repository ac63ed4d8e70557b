package io.tvpbench.report;

import io.tvpbench.text.Fmt;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars with whiskers, on a log scale for values that span decades (a hand-off and a child JVM start only
 * fit one chart in powers of ten), on a linear one from zero otherwise.
 */
final class LadderChart {

    /**
     * A bar with its interval, in microseconds on the time axis (or the unit of its {@link Axis}), or a note in
     * place of the bar when it was not measured.
     */
    record Bar(String label, double micros, double low, double high, int colorIndex, String note) {
    }

    private static final double WIDTH = 640;
    private static final double LABEL = 230;
    private static final double RIGHT = 70;
    private static final double TOP = 34;
    private static final double ROW = 22;

    private LadderChart() {
    }

    /** How the value axis reads: its label, how a value prints, and whether it is logarithmic. */
    record Axis(String label, DoubleFunction<String> format, boolean log) {

        /** Costs from microseconds to tens of milliseconds, always on a log scale. */
        static final Axis TIME_LOG = new Axis("time per operation (log scale)", Fmt::micros, true);
    }

    static String render(String title, List<Bar> bars) {
        return render(title, bars, Axis.TIME_LOG);
    }

    static String render(String title, List<Bar> bars, Axis axis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Bar b : bars) {
            if (b.note() == null && b.micros() > 0) {
                min = Math.min(min, b.micros());
                max = Math.max(max, Double.isFinite(b.high()) ? Math.max(b.high(), b.micros()) : b.micros());
            }
        }
        if (!Double.isFinite(min)) {
            min = 1;
            max = 10;
        }
        double plotWidth = WIDTH - LABEL - RIGHT;
        double bottom = TOP + ROW * bars.size();
        Svg svg = new Svg(WIDTH, bottom + 40, title);
        svg.text(WIDTH / 2, 20, title, "middle", 14, "#222", 0);
        LineChart.Scale x;
        double origin;
        if (axis.log()) {
            int lo = (int) Math.floor(Math.log10(min));
            int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
            x = v -> LABEL + (Math.log10(v) - lo) / (hi - lo) * plotWidth;
            origin = Math.pow(10, lo);
            for (int decade = lo; decade <= hi; decade++) {
                tick(svg, x.at(Math.pow(10, decade)), bottom, axis.format().apply(Math.pow(10, decade)));
            }
        } else {
            double step = LineChart.niceStep(max);
            double top = Math.ceil(max / step) * step;
            x = v -> LABEL + v / top * plotWidth;
            origin = 0;
            for (double t = 0; t <= top + step / 2; t += step) {
                tick(svg, x.at(t), bottom, axis.format().apply(t));
            }
        }
        svg.text(LABEL + plotWidth / 2, bottom + 34, axis.label(), "middle", 12, "#222", 0);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double top = TOP + ROW * i;
            svg.text(LABEL - 6, top + 15, b.label(), "end", 11, "#222", 0);
            if (b.note() != null || !(b.micros() > 0)) {
                svg.text(LABEL + 4, top + 15, b.note() == null ? "n/a" : b.note(), "start", 11, "#888", 0);
                continue;
            }
            double end = x.at(b.micros());
            svg.rect(LABEL, top + 4, Math.max(1, end - LABEL), ROW - 8, Svg.color(b.colorIndex()));
            double textAt = end;
            if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
                double from = x.at(Math.max(b.low(), origin));
                textAt = Math.max(end, x.at(b.high()));
                svg.line(from, top + ROW / 2, textAt, top + ROW / 2, "#222", 1, null);
            }
            svg.text(textAt + 4, top + 15, axis.format().apply(b.micros()), "start", 11, "#222", 0);
        }
        return svg.toString();
    }

    private static void tick(Svg svg, double gx, double bottom, String label) {
        svg.line(gx, TOP - 4, gx, bottom, "#e3e3e3", 1, null);
        svg.text(gx, bottom + 16, label, "middle", 11, "#444", 0);
    }
}
