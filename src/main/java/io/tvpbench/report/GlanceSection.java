package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Contest;
import io.tvpbench.stats.Outcome;
import io.tvpbench.text.Fmt;

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

    private static final double LABEL = 150;
    private static final double CELL_W = 100;
    private static final double CELL_H = 22;
    private static final double TOP = 22;
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

    /** Three or four sentences, each computed from the rows. */
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
        double width = LABEL + CELL_W * coreCounts.size() + 4;
        double legendTop = TOP + CELL_H * scenarios.size() + 10;
        double height = legendTop + 16 * (winners.size() + 2) + 4;
        Svg svg = new Svg(width, height, "Winner per scenario and core count");
        List<Integer> ks = List.copyOf(coreCounts);
        for (int c = 0; c < ks.size(); c++) {
            svg.text(LABEL + CELL_W * c + CELL_W / 2, 15, cores(ks.get(c)), "middle", 11, "#333333", 0);
        }
        int row = 0;
        for (ScenarioKey s : scenarios) {
            double y = TOP + CELL_H * row++;
            svg.text(LABEL - 4, y + 15, s.label(), "end", 10, "#333333", 0);
            for (int c = 0; c < ks.size(); c++) {
                int k = ks.get(c);
                double x = LABEL + CELL_W * c;
                verdicts.stream().filter(v -> v.scenario().equals(s) && v.cores() == k).findFirst()
                        .ifPresent(v -> cell(svg, x, y, v));
            }
        }
        double y = legendTop;
        for (String w : winners) {
            svg.rect(4, y, 12, 12, colour(w)).text(20, y + 10, w, "start", 10, "#333333", 0);
            y += 16;
        }
        svg.rect(4, y, 12, 12, UNDECIDED).text(20, y + 10, "undecided", "start", 10, "#333333", 0);
        hatch(svg, 4, y + 16, 12, 12);
        svg.text(20, y + 26, "hatched: equivalent (within ±" + Fmt.sig(Contest.THRESHOLD * 100) + "%)", "start", 10, "#333333", 0);
        return svg.toString();
    }

    private static void cell(Svg svg, double x, double y, Verdict v) {
        double w = CELL_W - 2;
        double h = CELL_H - 2;
        switch (v.outcome()) {
            case CLEAR -> svg.rect(x, y, w, h, colour(v.winner().strategy()))
                    .text(x + w / 2, y + 14, Fmt.times(v.margin()), "middle", 10, "#ffffff", 0);
            case EQUIVALENT -> {
                svg.rect(x, y, w, h, colour(v.winner().strategy()));
                hatch(svg, x, y, w, h);
                svg.text(x + w / 2, y + 14, "≈ " + v.runnerUp().strategy(), "middle", 9, "#ffffff", 0);
            }
            case UNDECIDED -> svg.rect(x, y, w, h, UNDECIDED).text(x + w / 2, y + 14, "undecided", "middle", 9, "#333333", 0);
            case PARTIAL -> svg.rect(x, y, w, h, "#f2f2f2").text(x + w / 2, y + 14, "partial", "middle", 9, "#666666", 0);
        }
    }

    private static void hatch(Svg svg, double x, double y, double w, double h) {
        for (double d = 0; d < w + h; d += 6) {
            double x1 = x + Math.max(0, d - h);
            double y1 = y + Math.min(h, d);
            double x2 = x + Math.min(w, d);
            double y2 = y + Math.max(0, d - w);
            svg.line(x1, y1, x2, y2, "#ffffff", 1.2, null);
        }
    }

    private static String colour(String strategy) {
        return Svg.color(Math.max(0, Vocabulary.STRATEGIES.indexOf(strategy)));
    }
}
