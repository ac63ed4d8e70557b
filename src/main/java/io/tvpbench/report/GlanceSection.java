package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Contest;
import io.tvpbench.stats.Outcome;
import io.tvpbench.text.Durations;
import io.tvpbench.text.Fmt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The answer first: a matrix of scenario × core count, each cell coloured by its winning strategy (hatched when
 * equivalent, grey when undecided, blank when partial), and a few sentences drawn from the verdicts. Drawn
 * narrow so that it fits a phone's first screen without scrolling sideways.
 */
final class GlanceSection {

    /** The width the chart is drawn for, in SVG units set 1:1 on a 390 px phone (the page's padding taken off). */
    private static final double PHONE_WIDTH = 356;
    /** The widest a scenario label's line may grow before it wraps. */
    private static final double MAX_LABEL = 180;
    private static final double LEGEND_WIDTH = 250;
    private static final double MIN_CELL_W = 54;
    private static final double CELL_H = 24;
    private static final double FONT = 12;
    private static final double LINE = 14;
    private static final double LEGEND_ROW = 17;
    private static final double TOP = 24;
    private static final String UNDECIDED = "#bdbdbd";

    private GlanceSection() {
    }

    static Optional<Section> build(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        sentences(verdicts).forEach(s -> blocks.add(new Block.Text(s)));
        String machine = verdicts.get(0).machine();
        List<Verdict> one = verdicts.stream().filter(v -> v.machine().equals(machine)).toList();
        blocks.add(new Block.Chart("glance", "Winner per scenario and core count (" + machine + ")", matrix(one)));
        return Optional.of(new Section("glance", "At a glance", "What should I use, in one screen?", blocks));
    }

    /** Three to five sentences, each computed from the rows: the last, what deciding the rest would cost. */
    static List<String> sentences(List<Verdict> verdicts) {
        List<String> out = new ArrayList<>();
        long clear = verdicts.stream().filter(v -> v.outcome() == Outcome.CLEAR).count();
        long equivalent = verdicts.stream().filter(v -> v.outcome() == Outcome.EQUIVALENT).count();
        long partial = verdicts.stream().filter(v -> v.outcome() == Outcome.PARTIAL).count();
        long judged = verdicts.size() - partial;
        out.add((clear + equivalent) + " of " + judged + " judged rows are decided (" + clear + " clear, " + equivalent
                + " equivalent within ±" + Fmt.sig(Contest.THRESHOLD * 100) + "%)"
                + (partial > 0 ? "; " + partial + " partial rows lack strategies and are not judged." : "."));
        Map<String, Long> wins = new TreeMap<>();
        verdicts.stream().filter(Verdict::clear).forEach(v -> wins.merge(v.winner().strategy(), 1L, Long::sum));
        wins.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> out.add(e.getKey() + " wins "
                + e.getValue() + " of the " + clear + " clear rows."));
        verdicts.stream().filter(Verdict::clear).max(Comparator.comparingDouble(Verdict::margin)).ifPresent(v -> out.add(
                "The widest clear gap: " + v.winner().label() + " " + Fmt.times(v.margin()) + " over "
                        + v.runnerUp().label() + " for " + v.scenario().label() + " at " + cores(v.cores()) + "."));
        verdicts.stream().filter(v -> v.outcome() == Outcome.EQUIVALENT).findFirst().ifPresent(v -> out.add(
                v.winner().label() + " and " + v.runnerUp().label() + " are a demonstrated tie for "
                        + v.scenario().label() + " at " + cores(v.cores()) + "."));
        List<Verdict> undecided = verdicts.stream().filter(v -> v.outcome() == Outcome.UNDECIDED).toList();
        if (!undecided.isEmpty() && undecided.stream().noneMatch(v -> Double.isNaN(v.moreSeconds()))) {
            double seconds = undecided.stream().mapToDouble(Verdict::moreSeconds).sum();
            out.add("Deciding the " + undecided.size() + " undecided " + (undecided.size() == 1 ? "row" : "rows")
                    + " would take about " + Durations.format(Duration.ofMillis(Math.round(seconds * 1000)))
                    + " more of forks at this run's fork times.");
        }
        return out;
    }

    private static String cores(int k) {
        return k == 1 ? "1 core" : k + " cores";
    }

    static String matrix(List<Verdict> verdicts) {
        SortedSet<ScenarioKey> scenarios = new TreeSet<>();
        SortedSet<Integer> coreCounts = new TreeSet<>();
        verdicts.forEach(v -> {
            scenarios.add(v.scenario());
            coreCounts.add(v.cores());
        });
        List<String> winners = verdicts.stream().filter(v -> v.outcome().decided()).map(v -> v.winner().strategy())
                .distinct().sorted(Comparator.comparingInt(Vocabulary.STRATEGIES::indexOf)).toList();
        Map<ScenarioKey, List<String>> labels = new TreeMap<>();
        double label = 0;
        for (ScenarioKey s : scenarios) {
            List<String> lines = Svg.wrap(shortLabel(s), FONT, MAX_LABEL);
            labels.put(s, lines);
            for (String line : lines) {
                label = Math.max(label, Svg.textWidth(line, FONT) + 6);
            }
        }
        double cellW = Math.max(MIN_CELL_W, (PHONE_WIDTH - label) / coreCounts.size());
        double width = Math.max(label + cellW * coreCounts.size(), LEGEND_WIDTH);
        double rowsHeight = labels.values().stream().mapToDouble(GlanceSection::rowHeight).sum();
        double legendTop = TOP + rowsHeight + 10;
        double height = legendTop + LEGEND_ROW * (winners.size() + 2) + 4;
        Svg svg = new Svg(width, height, "Winner per scenario and core count");
        List<Integer> ks = List.copyOf(coreCounts);
        for (int c = 0; c < ks.size(); c++) {
            svg.text(label + cellW * c + cellW / 2, 15, cores(ks.get(c)), "middle", FONT, "#333333", 0);
        }
        double y = TOP;
        for (ScenarioKey s : scenarios) {
            List<String> lines = labels.get(s);
            double h = rowHeight(lines);
            double first = y + (h - 2) / 2 - LINE * (lines.size() - 1) / 2 + 3.5;
            for (int i = 0; i < lines.size(); i++) {
                svg.text(label - 4, first + LINE * i, lines.get(i), "end", FONT, "#333333", 0);
            }
            for (int c = 0; c < ks.size(); c++) {
                int k = ks.get(c);
                double x = label + cellW * c;
                double top = y;
                verdicts.stream().filter(v -> v.scenario().equals(s) && v.cores() == k).findFirst()
                        .ifPresent(v -> cell(svg, x, top, cellW - 2, h - 2, v));
            }
            y += h;
        }
        y = legendTop;
        for (String w : winners) {
            svg.rect(4, y, 12, 12, colour(w)).text(20, y + 10, w, "start", FONT, "#333333", 0);
            y += LEGEND_ROW;
        }
        svg.rect(4, y, 12, 12, UNDECIDED).text(20, y + 10, "undecided", "start", FONT, "#333333", 0);
        hatch(svg, 4, y + LEGEND_ROW, 12, 12);
        svg.text(20, y + LEGEND_ROW + 10, "hatched: equivalent (within ±" + Fmt.sig(Contest.THRESHOLD * 100) + "%)", "start", FONT, "#333333", 0);
        return svg.toString();
    }

    /** The scenario's label with a user's task by its simple class name, which a phone's label column can hold. */
    private static String shortLabel(ScenarioKey s) {
        String task = s.params().get(Vocabulary.TASK_PARAM);
        return task == null ? s.label()
                : s.label().replace(Vocabulary.TASK_PARAM + "=" + task,
                        Vocabulary.TASK_PARAM + "=" + task.substring(task.lastIndexOf('.') + 1));
    }

    private static double rowHeight(List<String> labelLines) {
        return Math.max(CELL_H, LINE * labelLines.size() + 8);
    }

    private static void cell(Svg svg, double x, double y, double w, double h, Verdict v) {
        switch (v.outcome()) {
            case CLEAR -> {
                svg.rect(x, y, w, h, colour(v.winner().strategy()));
                centred(svg, x, y, w, h, Fmt.times(v.margin()), "#ffffff");
            }
            case EQUIVALENT -> {
                svg.rect(x, y, w, h, colour(v.winner().strategy()));
                hatch(svg, x, y, w, h);
                centred(svg, x, y, w, h, "≈ " + v.runnerUp().strategy(), null);
            }
            case UNDECIDED -> {
                svg.rect(x, y, w, h, UNDECIDED);
                centred(svg, x, y, w, h, "undecided", "#333333");
            }
            case PARTIAL -> {
                svg.rect(x, y, w, h, "#f2f2f2");
                centred(svg, x, y, w, h, "partial", "#666666");
            }
        }
    }

    /**
     * Text in the middle of a cell, set smaller when a long strategy name would not fit its width; a null fill sets
     * it white on a darkened label, legible over hatching while the winner's colour still shows through.
     */
    private static void centred(Svg svg, double x, double y, double w, double h, String text, String fill) {
        double size = Math.max(7, Math.min(FONT, FONT * (w - 8) / Svg.textWidth(text, FONT)));
        if (fill == null) {
            double tw = Math.min(w - 2, Svg.textWidth(text, size) + 4);
            svg.rect(x + (w - tw) / 2, y + h / 2 - size * 0.6, tw, size * 1.2, "rgba(0,0,0,0.45)");
        }
        svg.text(x + w / 2, y + h / 2 + size * 0.35, text, "middle", size, fill == null ? "#ffffff" : fill, 0);
    }

    private static void hatch(Svg svg, double x, double y, double w, double h) {
        for (double d = 0; d < w + h; d += 6) {
            double x1 = x + Math.max(0, d - h);
            double y1 = y + Math.min(h, d);
            double x2 = x + Math.min(w, d);
            double y2 = y + Math.max(0, d - w);
            svg.line(x1, y1, x2, y2, "rgba(255,255,255,0.5)", 1.5, null);
        }
    }

    private static String colour(String strategy) {
        return Svg.color(Math.max(0, Vocabulary.STRATEGIES.indexOf(strategy)));
    }
}
