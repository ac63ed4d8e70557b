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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A look at the verdicts between rounds: each block where strategies compete is decided from the rounds so far
 * (paired, at the design's level per look, spreads moderated toward the workload's as the report moderates them),
 * and the next round runs, of each undecided row, its best contender and those still open against it: neither
 * shown slower nor shown equivalent. A contender already shown slower keeps its rounds; more of them could not
 * change the row. Partial rows (a contender the run measures elsewhere is missing) are left out: more rounds cannot
 * help.
 */
record RoundDecisions(int rows, int undecided, List<Configuration> needed) {

    static RoundDecisions look(List<Configuration> plan, MergedResults merged, RoundLog log, double alpha) {
        Map<String, List<Configuration>> blocks = plan.stream().filter(Configuration::competes)
                .collect(Collectors.groupingBy(Configuration::block, LinkedHashMap::new, Collectors.toList()));
        Map<String, Set<String>> strategies = plan.stream().filter(Configuration::competes).collect(Collectors.groupingBy(
                c -> workload(c) + " " + c.cores(), Collectors.mapping(Configuration::strategy, Collectors.toCollection(TreeSet::new))));
        RoundsFile rounds = log.snapshot();
        List<List<Configuration>> contests = new ArrayList<>();
        Map<String, List<List<double[]>>> byWorkload = new TreeMap<>();
        for (List<Configuration> block : blocks.values()) {
            Set<String> present = block.stream().map(Configuration::strategy).collect(Collectors.toSet());
            Configuration first = block.get(0);
            if (block.size() < 2 || Verdict.partial(present, strategies.get(workload(first) + " " + first.cores()))) {
                continue;
            }
            List<Configuration> ranked = new ArrayList<>(block.stream().filter(c -> merged.get(c).isPresent()).toList());
            ranked.sort(Comparator.comparingDouble((Configuration c) -> merged.get(c).orElseThrow().primaryMetric().score()).reversed());
            contests.add(ranked.size() < 2 ? block : ranked);
            if (ranked.size() >= 2) {
                byWorkload.computeIfAbsent(workload(first), w -> new ArrayList<>())
                        .add(ranked.stream().map(c -> byRound(c, merged, rounds)).toList());
            }
        }
        Map<String, Contest.Prior> priors = Contest.priors(byWorkload);
        int undecided = 0;
        List<Configuration> needed = new ArrayList<>();
        for (List<Configuration> ranked : contests) {
            if (ranked.size() < 2 || ranked.stream().anyMatch(c -> merged.get(c).isEmpty())) {
                undecided++;
                needed.addAll(ranked);
                continue;
            }
            Contest contest = Contest.decide(ranked.stream().map(c -> byRound(c, merged, rounds)).toList(), true, alpha,
                    priors.getOrDefault(workload(ranked.get(0)), Contest.Prior.NONE));
            if (contest.outcome() == Outcome.UNDECIDED) {
                undecided++;
                needed.add(ranked.get(0));
                for (int i = 0; i < contest.open().size(); i++) {
                    if (contest.open().get(i)) {
                        needed.add(ranked.get(i + 1));
                    }
                }
            }
        }
        return new RoundDecisions(contests.size(), undecided, needed);
    }

    private static String workload(Configuration c) {
        return c.params().get(Vocabulary.WORKLOAD_PARAM);
    }

    /** The configuration's fork means indexed by round (0-based), NaN where a round has no fork of it. */
    private static double[] byRound(Configuration c, MergedResults merged, RoundsFile rounds) {
        double[] means = merged.get(c).orElseThrow().primaryMetric().forkMeans();
        return rounds.byRound(c.key(), means).orElseGet(() -> new double[0]);
    }
}
