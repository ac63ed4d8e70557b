package io.tvpbench.report;

import io.tvpbench.results.RoundsFile;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On the committed sample, whose rounds.json records each fork's seconds: an undecided row's cost is its more
 * rounds times what one fork of each contender it would still run took (the best, and those neither shown slower
 * nor equivalent), read here from rounds.json by the configurations' own keys; the glance adds them up.
 */
class UndecidedCostRecordedTest {

    private static final Path SAMPLE = Path.of("bench-results/sample");

    @Test
    void anUndecidedRowCostsItsMoreRoundsOfItsOpenContendersForksAtTheRunsFortimes() {
        assumeTrue(Files.isRegularFile(SAMPLE.resolve("rounds.json")), "no committed sample");
        RoundsFile rounds = RoundsFile.near(SAMPLE).orElseThrow();
        assumeTrue(!rounds.forkSeconds().isEmpty(), "the sample predates fork times");
        List<Verdict> verdicts = Report.of(List.of(LoadedRun.load(SAMPLE)), Optional.empty()).analysis().verdicts();
        List<Verdict> undecided = verdicts.stream().filter(v -> v.outcome() == Outcome.UNDECIDED).toList();
        assertFalse(undecided.isEmpty(), "the sample has undecided rows");
        double total = 0;
        for (Verdict v : undecided) {
            List<Contender> run = new ArrayList<>(List.of(v.winner()));
            run.addAll(v.tied());
            double round = run.stream().mapToDouble(c -> seconds(rounds, v, c)).sum();
            assertEquals(v.moreRounds() * round, v.moreSeconds(), 1e-6 * v.moreSeconds(), v.scenario().label());
            assertTrue(v.moreSeconds() > 0);
            total += v.moreSeconds();
        }
        String sentence = GlanceSection.sentences(verdicts).get(GlanceSection.sentences(verdicts).size() - 1);
        assertTrue(sentence.startsWith("Deciding the " + undecided.size() + " undecided rows would take about "),
                sentence);
        assertTrue(VerdictSection.sentence(undecided.get(0)).endsWith(" of forks)"));
        assertTrue(total > 60, "more than a minute: " + total);
    }

    /** The mean fork seconds of the configuration of contender {@code c} in row {@code v}, by its result key. */
    private static double seconds(RoundsFile rounds, Verdict v, Contender c) {
        Map<String, String> params = new TreeMap<>(v.scenario().params());
        params.putAll(c.params());
        params.put(Vocabulary.WORKLOAD_PARAM, v.scenario().workload());
        params.put(Vocabulary.STRATEGY_PARAM, c.strategy());
        params.put(Vocabulary.CORES_PARAM, Integer.toString(v.cores()));
        List<String> keys = rounds.forkSeconds().keySet().stream()
                .filter(k -> params(k).equals(params)).toList();
        assertEquals(1, keys.size(), c.label() + " in " + v.scenario().label() + ": " + keys);
        return rounds.forkSeconds(keys.get(0)).orElseThrow();
    }

    private static Map<String, String> params(String key) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : key.substring(key.indexOf(':') + 1).split(",")) {
            params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return params;
    }
}
