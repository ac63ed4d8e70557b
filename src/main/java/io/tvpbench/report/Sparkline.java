package io.tvpbench.report;

import java.util.ArrayList;
import java.util.List;

/** A small trend chart of one benchmark's history: one dot per run with its error bar, oldest on the left. */
final class Sparkline {

    /** One run: score, JMH error (NaN for none) and a tooltip naming the run. */
    record Run(double score, double error, String tooltip) {
    }

    private static final double WIDTH = 260;
    private static final double HEIGHT = 56;
    private static final double PAD = 6;

    private Sparkline() {
    }

    static String render(String title, List<Run> runs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Run r : runs) {
            double e = Double.isFinite(r.error()) ? r.error() : 0;
            min = Math.min(min, r.score() - e);
            max = Math.max(max, r.score() + e);
        }
        if (!(max > min)) {
            max = min + 1;
            min = min - 1;
        }
        double lo = min;
        double span = max - min;
        LineChart.Scale y = v -> HEIGHT - PAD - (v - lo) / span * (HEIGHT - 2 * PAD);
        LineChart.Scale x = i -> runs.size() == 1 ? WIDTH / 2 : PAD + i / (runs.size() - 1) * (WIDTH - 2 * PAD);
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            line.add(new double[]{x.at(i), y.at(runs.get(i).score())});
        }
        svg.polyline(line, "#0072B2", 1.5, null);
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (Double.isFinite(r.error()) && r.error() > 0) {
                svg.line(x.at(i), y.at(r.score() - r.error()), x.at(i), y.at(r.score() + r.error()), "#56B4E9", 1, null);
            }
            svg.circle(x.at(i), y.at(r.score()), 2.5, "#0072B2", r.tooltip());
        }
        return svg.toString();
    }
}
