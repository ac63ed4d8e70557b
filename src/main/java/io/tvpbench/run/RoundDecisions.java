package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.report.Verdict;
import io.tvpbench.results.RoundsFile;
import io.tvpbench.stats.Contest;
import io.tvpbench.stats.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A look at the verdicts between rounds: each block where strategies compete is decided from the rounds so far
 * (paired, at the design's level per look), and the configurations of undecided rows are what the next round
 * runs. Partial rows (a contender the run measures elsewhere is missing) are left out: more rounds cannot help.
 */
record RoundDecisions(int rows, int undecided, List<Configuration> needed) {

    static RoundDecisions look(List<Configuration> plan, MergedResults merged, RoundLog log, double alpha) {
        Map<String, List<Configuration>> blocks = plan.stream().filter(Configuration::competes)
                .collect(Collectors.groupingBy(Configuration::block, LinkedHashMap::new, Collectors.toList()));
        Map<String, Set<String>> strategies = plan.stream().filter(Configuration::competes).collect(Collectors.groupingBy(
                c -> c.params().get(Vocabulary.WORKLOAD_PARAM) + " " + c.cores(), Collectors.mapping(Configuration::strategy, Collectors.toCollection(TreeSet::new))));
        RoundsFile rounds = log.snapshot();
        int rows = 0;
        int undecided = 0;
        List<Configuration> needed = new ArrayList<>();
        for (List<Configuration> block : blocks.values()) {
            Set<String> present = block.stream().map(Configuration::strategy).collect(Collectors.toSet());
            Configuration first = block.get(0);
            if (block.size() < 2 || Verdict.partial(present, strategies.get(first.params().get(Vocabulary.WORKLOAD_PARAM) + " " + first.cores()))) {
                continue;
            }
            rows++;
            List<Configuration> ranked = new ArrayList<>(block.stream().filter(c -> merged.get(c).isPresent()).toList());
            ranked.sort(Comparator.comparingDouble((Configuration c) -> merged.get(c).orElseThrow().primaryMetric().score()).reversed());
            Contest contest = ranked.size() < 2 ? null
                    : Contest.decide(ranked.stream().map(c -> byRound(c, merged, rounds)).toList(), true, alpha);
            if (contest == null || contest.outcome() == Outcome.UNDECIDED) {
                undecided++;
                needed.addAll(block);
            }
        }
        return new RoundDecisions(rows, undecided, needed);
    }

    /** The configuration's fork means indexed by round (0-based), NaN where a round has no fork of it. */
    private static double[] byRound(Configuration c, MergedResults merged, RoundsFile rounds) {
        double[] means = merged.get(c).orElseThrow().primaryMetric().forkMeans();
        return rounds.byRound(c.key(), means).orElseGet(() -> new double[0]);
    }
}
