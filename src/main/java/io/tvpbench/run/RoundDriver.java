package io.tvpbench.run;

import io.tvpbench.stats.SequentialDesign;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Runs a plan as rounds. Every round visits the scenario blocks in a seeded random order and, within a block,
 * the contenders in a seeded random order, so the forks a verdict compares run seconds apart. The first rounds
 * run every configuration; after them the sequential design's looks decide which rows are undecided, and extra
 * rounds run only their contenders while the measured fork costs say the next round fits in the budget.
 */
final class RoundDriver {

    /** Why a run stopped, as env.json records it. */
    enum Stop {
        ALL_DECIDED("allDecided"), BUDGET("budget"), LAST_LOOK("lastLook"), INTERRUPTED("interrupted");

        final String label;

        Stop(String label) {
            this.label = label;
        }
    }

    private final List<Configuration> plan;
    private final Profile profile;
    private final JmhCommand jmh;
    private final Map<Integer, ForkHost> hosts;
    private final MergedResults merged;
    private final RoundLog log;
    private final JmhProgress progress;
    private final long seed;
    private final LongSupplier nanoTime;
    private final BooleanSupplier interrupted;
    private final Map<String, Long> measuredMillis = new HashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Duration reserve;
    private int undecided = -1;

    /**
     * @param reserve the part of the profile's budget the rounds leave to the rest of the run: what was spent before
     *                them and what comes after (the CPython comparison)
     */
    RoundDriver(List<Configuration> plan, Profile profile, JmhCommand jmh, Map<Integer, ForkHost> hosts,
                MergedResults merged, RoundLog log, JmhProgress progress, long seed, LongSupplier nanoTime,
                BooleanSupplier interrupted, Path scratch, Duration reserve) {
        this.reserve = reserve;
        this.plan = plan;
        this.profile = profile;
        this.jmh = jmh;
        this.hosts = hosts;
        this.merged = merged;
        this.log = log;
        this.progress = progress;
        this.seed = seed;
        this.nanoTime = nanoTime;
        this.interrupted = interrupted;
        for (int i = 0; i < plan.size(); i++) {
            files.put(plan.get(i).key(), scratch.resolve(i + ".json"));
        }
    }

    /** Runs rounds until the design, the budget or an interrupt stops them. */
    Stop run() throws IOException, InterruptedException {
        SequentialDesign design = profile.design();
        long start = nanoTime.getAsLong();
        List<Configuration> next = plan;
        for (int round = 1; ; round++) {
            if (round > design.minRounds()) {
                Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
                Duration cost = cost(next);
                if (profile.budget().filter(b -> elapsed.plus(cost).plus(reserve).compareTo(b) > 0).isPresent()) {
                    return Stop.BUDGET;
                }
            }
            if (!runRound(round, design, order(next, round))) {
                return Stop.INTERRUPTED;
            }
            if (design.isLook(round) && round >= design.minRounds()) {
                RoundDecisions look = RoundDecisions.look(plan, merged, log, design.lookAlpha());
                undecided = look.undecided();
                if (look.undecided() == 0) {
                    return Stop.ALL_DECIDED;
                }
                next = look.needed();
            }
            if (round >= design.maxRounds()) {
                return Stop.LAST_LOOK;
            }
        }
    }

    /** Configurations whose forks failed, with their round, for the run's closing message. */
    List<String> failures() {
        return failures;
    }

    /** The round's order: blocks shuffled, then the contenders within each block, from the run's seed. */
    List<Configuration> order(List<Configuration> configurations, int round) {
        return order(configurations, seed, round);
    }

    /** The order of round {@code round} of a run seeded with {@code seed}; an A/B run orders its rounds the same way. */
    static List<Configuration> order(List<Configuration> configurations, long seed, int round) {
        SplittableRandom random = new SplittableRandom(seed + round * 0x9E3779B97F4A7C15L);
        Map<String, List<Configuration>> blocks = configurations.stream()
                .collect(Collectors.groupingBy(Configuration::block, LinkedHashMap::new, Collectors.toList()));
        List<List<Configuration>> shuffled = new ArrayList<>(blocks.values());
        Collections.shuffle(shuffled, random);
        List<Configuration> order = new ArrayList<>();
        for (List<Configuration> block : shuffled) {
            List<Configuration> contenders = new ArrayList<>(block);
            Collections.shuffle(contenders, random);
            order.addAll(contenders);
        }
        return order;
    }

    private boolean runRound(int round, SequentialDesign design, List<Configuration> order)
            throws IOException, InterruptedException {
        log.round(order);
        String rounds = round <= design.minRounds() ? Integer.toString(design.minRounds()) : "≤" + design.maxRounds();
        for (int i = 0; i < order.size(); i++) {
            if (interrupted.getAsBoolean()) {
                return false;
            }
            Configuration c = order.get(i);
            Duration eta = cost(order.subList(i, order.size()))
                    .plus(cost(plan).multipliedBy(Math.max(0, design.minRounds() - round)));
            progress.fork(round, rounds, i + 1, order.size(), c.label(), undecided, eta);
            progress.clearError();
            Path file = files.get(c.key());
            ForkHost.Fork fork = hosts.get(c.cores()).run(file, jmh.fork(c));
            if (interrupted.getAsBoolean()) {
                return false;
            }
            measuredMillis.put(c.key(), fork.millis());
            boolean ok = fork.ok() && Files.isRegularFile(file);
            if (ok) {
                merged.update(c, file);
            } else {
                failures.add("round " + round + ": " + c.label() + (progress.lastError() == null ? "" : ": " + progress.lastError()));
            }
            log.fork(c, ok, fork.millis());
        }
        return true;
    }

    /** What running these forks costs: the last measured time of each, else the profile's estimate. */
    private Duration cost(List<Configuration> configurations) {
        return cost(configurations, measuredMillis, profile);
    }

    /** The same from {@code measured} fork times by configuration key; an A/B run costs its sides the same way. */
    static Duration cost(List<Configuration> configurations, Map<String, Long> measured, Profile profile) {
        return configurations.stream().map(c -> {
            Long ms = measured.get(c.key());
            return ms == null ? profile.forkEstimate(c.mode(), Warmups.iterations(c, profile)) : Duration.ofMillis(ms);
        }).reduce(Duration.ZERO, Duration::plus);
    }
}
