package io.tvpbench.report;

import io.tvpbench.text.Fmt;
import java.util.List;

/**
 * Horizontal bars on a log scale, for costs that span microseconds to tens of milliseconds: a hand-off and a
 * child JVM start only fit one chart in powers of ten.
 */
final class LadderChart {

    /** A bar in microseconds with its interval, or a note in place of the bar when it was not measured. */
    record Bar(String label, double micros, double low, double high, int colorIndex, String note) {
    }

    private static final double WIDTH = 640;
    private static final double LABEL = 230;
    private static final double RIGHT = 70;
    private static final double TOP = 34;
    private static final double ROW = 22;

    private LadderChart() {
    }

    static String render(String title, List<Bar> bars) {
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
        int lo = (int) Math.floor(Math.log10(min));
        int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
        double plotWidth = WIDTH - LABEL - RIGHT;
        double bottom = TOP + ROW * bars.size();
        Svg svg = new Svg(WIDTH, bottom + 40, title);
        svg.text(WIDTH / 2, 20, title, "middle", 14, "#222", 0);
        LineChart.Scale x = v -> LABEL + (Math.log10(v) - lo) / (hi - lo) * plotWidth;
        for (int decade = lo; decade <= hi; decade++) {
            double gx = x.at(Math.pow(10, decade));
            svg.line(gx, TOP - 4, gx, bottom, "#e3e3e3", 1, null);
            svg.text(gx, bottom + 16, Fmt.micros(Math.pow(10, decade)), "middle", 11, "#444", 0);
        }
        svg.text(LABEL + plotWidth / 2, bottom + 34, "time per operation (log scale)", "middle", 12, "#222", 0);
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
                double from = x.at(Math.max(b.low(), Math.pow(10, lo)));
                textAt = Math.max(end, x.at(b.high()));
                svg.line(from, top + ROW / 2, textAt, top + ROW / 2, "#222", 1, null);
            }
            svg.text(textAt + 4, top + 15, Fmt.micros(b.micros()), "start", 11, "#222", 0);
        }
        return svg.toString();
    }
}
