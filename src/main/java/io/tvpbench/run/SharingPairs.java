package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JMH measures the full cross product of a benchmark's params, but a {@code sharing} mode means something only
 * with the strategies that can use it ({@link Strategy#sharingModes()}), and {@link Sharing#NONE}, which never
 * updates, the same at every {@code updateEvery}. This cuts such a benchmark's params into sub-products that hold
 * valid combinations only, one JMH invocation each, so the plan never asks for a pair that would fail its trial.
 */
final class SharingPairs {

    private SharingPairs() {
    }

    /**
     * Refuses explicitly requested pairs that cannot run: each strategy given with {@code --param} against each
     * sharing mode given with it. With only one of the two given, the other's declared values are filtered.
     */
    static void checkExplicit(Map<String, List<String>> explicit) {
        if (explicit.containsKey(Vocabulary.STRATEGY_PARAM) && explicit.containsKey(Vocabulary.SHARING_PARAM)) {
            for (String strategy : explicit.get(Vocabulary.STRATEGY_PARAM)) {
                for (String sharing : explicit.get(Vocabulary.SHARING_PARAM)) {
                    try {
                        Strategy.parse(strategy).checkSharing(Sharing.parse(sharing));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--param: " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /**
     * The param overrides to run: {@code narrowed} as it is for a benchmark without both {@code strategy} and
     * {@code sharing}, else one map per valid sub-product, each naming its strategies, modes and update rates.
     *
     * @param values   every param's values after the profile's narrowing, in declared order
     * @param narrowed the overrides the profile makes
     */
    static List<Map<String, List<String>>> split(Map<String, List<String>> values, Map<String, List<String>> narrowed) {
        if (!values.containsKey(Vocabulary.STRATEGY_PARAM) || !values.containsKey(Vocabulary.SHARING_PARAM)) {
            return List.of(narrowed);
        }
        List<String> updates = values.get(Vocabulary.UPDATE_EVERY_PARAM);
        Map<List<List<String>>, List<String>> strategiesBySubProduct = new LinkedHashMap<>();
        for (String name : values.get(Vocabulary.STRATEGY_PARAM)) {
            Strategy strategy = Strategy.parse(name);
            Map<List<String>, List<String>> modesByUpdates = new LinkedHashMap<>();
            for (String mode : values.get(Vocabulary.SHARING_PARAM)) {
                Sharing sharing = Sharing.parse(mode);
                if (strategy.sharingModes().contains(sharing)) {
                    List<String> rates = updates == null ? List.of() : sharing.shares() ? updates : updates.subList(0, 1);
                    modesByUpdates.computeIfAbsent(rates, r -> new ArrayList<>()).add(mode);
                }
            }
            modesByUpdates.forEach((rates, modes) ->
                    strategiesBySubProduct.computeIfAbsent(List.of(modes, rates), k -> new ArrayList<>()).add(name));
        }
        List<Map<String, List<String>>> subProducts = new ArrayList<>();
        strategiesBySubProduct.forEach((modesAndRates, strategies) -> {
            Map<String, List<String>> params = new TreeMap<>(narrowed);
            params.put(Vocabulary.STRATEGY_PARAM, List.copyOf(strategies));
            params.put(Vocabulary.SHARING_PARAM, modesAndRates.get(0));
            if (!modesAndRates.get(1).isEmpty()) {
                params.put(Vocabulary.UPDATE_EVERY_PARAM, modesAndRates.get(1));
            }
            subProducts.add(params);
        });
        return subProducts;
    }
}
