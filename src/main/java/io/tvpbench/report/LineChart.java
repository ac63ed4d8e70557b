package io.tvpbench.report;

import io.tvpbench.text.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Throughput against cores: one line per series with confidence-interval whiskers and an optional fitted curve. */
final class LineChart {

    /**
     * A series: measured points as {@code {x, y, low, high}} (NaN bounds draw no whisker) and a fitted curve as
     * {@code {x, y}} pairs, drawn dashed. {@code color} indexes the palette; a {@code dashed} series draws its
     * measured line dashed, to pair it with a solid one of the same colour.
     */
    record Series(String name, int color, boolean dashed, List<double[]> points, List<double[]> curve) {

        Series(String name, int color, List<double[]> points, List<double[]> curve) {
            this(name, color, false, points, curve);
        }
    }

    private static final double WIDTH = 640;
    private static final double LEFT = 72;
    private static final double RIGHT = 16;
    private static final double TOP = 34;
    private static final double PLOT_HEIGHT = 280;
    private static final double LEGEND_ROW = 20;
    /** Horizontal offset between the whiskers of neighbouring series, so overlapping intervals stay visible. */
    private static final double DODGE = 5;
    /** The ratio of largest to smallest core count from which the x axis is logarithmic. */
    private static final double LOG_SPAN = 8;

    private LineChart() {
    }

    static String render(String title, String xLabel, String yLabel, List<Series> series) {
        TreeSet<Double> xs = new TreeSet<>();
        double yMax = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                xs.add(p[0]);
                yMax = Math.max(yMax, finiteMax(p[1], p[3]));
            }
            for (double[] p : s.curve()) {
                yMax = Math.max(yMax, finiteMax(p[1], Double.NaN));
            }
        }
        Scale x = xScale(xs);
        double step = niceStep(yMax > 0 ? yMax : 1);
        double yTop = Math.ceil((yMax > 0 ? yMax : 1) / step) * step;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double bottom = TOP + PLOT_HEIGHT;
        double height = bottom + 48 + LEGEND_ROW * series.size();
        Svg svg = new Svg(WIDTH, height, title);
        svg.text(WIDTH / 2, 20, title, "middle", 15, "#222", 0);
        Scale y = v -> bottom - v / yTop * PLOT_HEIGHT;
        for (double t = 0; t <= yTop + step / 2; t += step) {
            svg.line(LEFT, y.at(t), WIDTH - RIGHT, y.at(t), "#e3e3e3", 1, null);
            svg.text(LEFT - 6, y.at(t) + 4, Fmt.si(t, ""), "end", 12, "#444", 0);
        }
        for (double v : xs) {
            svg.line(x.at(v), bottom, x.at(v), bottom + 4, "#444", 1, null);
            svg.text(x.at(v), bottom + 17, Fmt.sig(v), "middle", 12, "#444", 0);
        }
        svg.line(LEFT, bottom, WIDTH - RIGHT, bottom, "#444", 1, null);
        svg.line(LEFT, TOP, LEFT, bottom, "#444", 1, null);
        svg.text(LEFT + plotWidth / 2, bottom + 34, xLabel + (isLog(xs) ? " (log scale)" : ""), "middle", 13, "#222", 0);
        svg.text(16, TOP + PLOT_HEIGHT / 2, yLabel, "middle", 13, "#222", -90);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String color = Svg.color(s.color());
            String dash = s.dashed() ? "7 4" : null;
            svg.polyline(scaled(s.curve(), x, y), color, 1.5, "5 4");
            svg.polyline(scaled(s.points(), x, y), color, 2, dash);
            double dodge = (i - (series.size() - 1) / 2.0) * DODGE;
            for (double[] p : s.points()) {
                if (Double.isFinite(p[2]) && Double.isFinite(p[3])) {
                    double wx = x.at(p[0]) + dodge;
                    double low = y.at(Math.max(p[2], 0));
                    svg.line(wx, low, wx, y.at(p[3]), color, 1.5, null);
                    svg.line(wx - 3, low, wx + 3, low, color, 1.5, null);
                    svg.line(wx - 3, y.at(p[3]), wx + 3, y.at(p[3]), color, 1.5, null);
                }
                svg.circle(x.at(p[0]), y.at(p[1]), 3.5, color,
                        s.name() + ": " + Fmt.sig(p[0]) + " → " + Fmt.si(p[1], ""));
            }
            double ly = bottom + 52 + LEGEND_ROW * i;
            svg.line(LEFT, ly - 4, LEFT + 22, ly - 4, color, 3, dash);
            svg.text(LEFT + 28, ly, s.name() + (s.curve().isEmpty() ? "" : " (dashed: USL fit)"), "start", 13, "#222", 0);
        }
        return svg.toString();
    }

    /**
     * Linear from 0 for a few core counts; logarithmic (base 2) when they span a factor of 8 or more, so that
     * 1, 2 and 4 do not crowd together beside 64.
     */
    private static Scale xScale(TreeSet<Double> xs) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        if (isLog(xs)) {
            double lo = log2(xs.first()) - 0.3;
            double hi = log2(xs.last()) + 0.3;
            return v -> LEFT + (log2(Math.max(v, xs.first() / 2)) - lo) / (hi - lo) * plotWidth;
        }
        double xMin = xs.isEmpty() ? 0 : Math.min(0, xs.first());
        double xMax = xs.isEmpty() ? 1 : xs.last() + Math.max(0.5, xs.last() * 0.06);
        return v -> LEFT + (v - xMin) / (xMax - xMin) * plotWidth;
    }

    private static boolean isLog(TreeSet<Double> xs) {
        return !xs.isEmpty() && xs.first() > 0 && xs.last() / xs.first() >= LOG_SPAN;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** Steps of 1, 2 or 5 times a power of ten giving about five grid lines. */
    static double niceStep(double max) {
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    private static double finiteMax(double a, double b) {
        double m = Double.isFinite(a) ? a : 0;
        return Double.isFinite(b) ? Math.max(m, b) : m;
    }

    private static List<double[]> scaled(List<double[]> points, Scale x, Scale y) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : points) {
            if (Double.isFinite(p[1])) {
                out.add(new double[]{x.at(p[0]), y.at(Math.max(p[1], 0))});
            }
        }
        return out;
    }

    @FunctionalInterface
    interface Scale {
        double at(double v);
    }
}
