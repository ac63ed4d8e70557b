package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * SHARED_STATE: what it costs threads to share state through a lock, an atomic or an adder, and processes through
 * messages to the parent or compare-and-set on shared memory, measured over each strategy's NONE baseline.
 */
final class SharingSection {

    private SharingSection() {
    }

    static Optional<Section> build(Throughputs t, List<UpdateCost> costs, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "scenario", Vocabulary.STRATEGY_PARAM, Vocabulary.SHARING_PARAM, Vocabulary.CORES_PARAM, "tasks/s", "95% CI",
                "cost of one update");
        for (ScenarioKey s : t.scenarios()) {
            if (!s.workload().equals(Vocabulary.SHARED_STATE)) {
                continue;
            }
            t.machineCores(s).forEach((machine, cores) -> t.contenders(s).forEach(c -> cores.forEach(k ->
                    t.point(s, c, machine, k).ifPresent(p -> rows.add(machine, s.label(), c.strategy(),
                            c.params().getOrDefault(Vocabulary.SHARING_PARAM, "—"), VerdictSection.cores(k),
                            Fmt.si(p.estimate(), ""), Cells.interval(p.tasksPerSecond()),
                            cost(costs, s, c, machine, k))))));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("Each task computes a slice of CPU work (the grain), then every updateEvery-th task "
                + "updates state all tasks share: a counter and one of 64 per-key totals. Threads share it through one "
                + "lock (LOCK, SYNCHRONIZED), atomics (ATOMIC) or LongAdders (ADDER); SEQUENTIAL and ASYNC need no "
                + "synchronisation (CONFINED, each event loop owning its part); processes send each update to the "
                + "parent, which applies it (MESSAGE, as multiprocessing's Queue), or compare-and-set 65 longs in a "
                + "shared-memory segment (SHM_ATOMIC, as multiprocessing's Value and Array without their lock). NONE "
                + "does the same work sharing nothing. The cost of one update is the time per task (1 ÷ tasks/s) over "
                + "the strategy's NONE baseline at the same cores, times updateEvery; \"≈ 0\" where the two 95% "
                + "intervals overlap. Every final state equalled SEQUENTIAL's exactly, or the result would not exist."));
        List<String> machines = costs.stream().map(UpdateCost::machine).distinct().sorted().toList();
        for (ScenarioKey s : frequentUpdates(costs)) {
            for (int m = 0; m < machines.size(); m++) {
                String on = severalMachines ? " on " + machines.get(m) : "";
                summary(costs, s, machines.get(m), on).ifPresent(blocks::add);
                chart(costs, s, machines.get(m), on, m).ifPresent(blocks::add);
            }
        }
        blocks.add(rows.table());
        return Optional.of(new Section("sharing", "Sharing state",
                "What does sharing state cost threads (a lock, an atomic) and processes (a message, shared memory)?",
                blocks));
    }

    private static String cost(List<UpdateCost> costs, ScenarioKey s, Contender c, String machine, int k) {
        return costs.stream().filter(u -> u.scenario().equals(s) && u.contender().equals(c)
                        && u.machine().equals(machine) && u.cores() == k)
                .findFirst().map(SharingSection::cost).orElse("baseline");
    }

    private static String cost(UpdateCost u) {
        if (Double.isNaN(u.updateMicros())) {
            return "— (no NONE baseline)";
        }
        return measurable(u) ? Fmt.micros(u.updateMicros()) : "≈ 0 (" + Fmt.micros(u.updateMicros()) + ", within noise)";
    }

    /** For each grain, the scenario where updates are most frequent (the smallest updateEvery): where costs show. */
    private static List<ScenarioKey> frequentUpdates(List<UpdateCost> costs) {
        List<ScenarioKey> chosen = new ArrayList<>();
        costs.stream().map(UpdateCost::scenario).distinct()
                .sorted(Comparator.comparingDouble(UpdateCost::updateEvery))
                .forEach(s -> {
                    if (chosen.stream().noneMatch(c -> sameGrain(c, s))) {
                        chosen.add(s);
                    }
                });
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    private static boolean sameGrain(ScenarioKey a, ScenarioKey b) {
        return String.valueOf(a.params().get(Vocabulary.GRAIN_PARAM)).equals(String.valueOf(b.params().get(Vocabulary.GRAIN_PARAM)));
    }

    /** A message against an atomic and against shared memory, at each core count: the processes' price of sharing. */
    private static Optional<Block> summary(List<UpdateCost> costs, ScenarioKey s, String machine, String on) {
        List<String> parts = new ArrayList<>();
        costs.stream().filter(u -> u.scenario().equals(s) && u.machine().equals(machine))
                .map(UpdateCost::cores).distinct().sorted().forEach(k -> {
                    Optional<UpdateCost> message = cheapest(costs, s, machine, k, u -> u.sharing().equals(Vocabulary.MESSAGE));
                    Optional<UpdateCost> atomic = cheapest(costs, s, machine, k,
                            u -> u.sharing().equals(Vocabulary.ATOMIC) && !u.contender().isProcess());
                    Optional<UpdateCost> shm = cheapest(costs, s, machine, k, u -> u.sharing().equals(Vocabulary.SHM_ATOMIC));
                    if (message.isEmpty()) {
                        return;
                    }
                    StringBuilder part = new StringBuilder(VerdictSection.cores(k) + (k == 1 ? " core" : " cores")
                            + ": a message to the parent costs " + cost(message.get()) + " per update");
                    atomic.ifPresent(a -> part.append(measurable(a) && measurable(message.get())
                            ? ", " + Fmt.times(message.get().updateMicros() / a.updateMicros()) + " an atomic update by "
                            + "threads (" + a.contender().strategy() + ", " + cost(a) + ")"
                            : ", an atomic update by threads " + cost(a)));
                    shm.ifPresent(m -> part.append("; compare-and-set on shared memory costs processes ").append(cost(m)));
                    parts.add(part.toString());
                });
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new Block.Text(s.label() + on + ", at " + String.join("; at ", parts) + "."));
    }

    private static boolean measurable(UpdateCost u) {
        return !u.withinNoise();
    }

    /** The cheapest of the matching contenders (the best way to do it) over their NONE baselines. */
    private static Optional<UpdateCost> cheapest(List<UpdateCost> costs, ScenarioKey s, String machine, int k,
                                                 Predicate<UpdateCost> which) {
        return costs.stream().filter(u -> u.scenario().equals(s) && u.machine().equals(machine) && u.cores() == k
                        && which.test(u) && Double.isFinite(u.updateMicros()))
                .min(Comparator.comparingDouble(UpdateCost::updateMicros));
    }

    /** Each contender's cost of one update at each core count, on one log scale. */
    private static Optional<Block> chart(List<UpdateCost> costs, ScenarioKey s, String machine, String on, int index) {
        List<LadderChart.Bar> bars = new ArrayList<>();
        costs.stream().filter(u -> u.scenario().equals(s) && u.machine().equals(machine))
                .sorted(Comparator.comparingInt(UpdateCost::cores).thenComparing(u -> Order.rank(Vocabulary.SHARING_MODES, u.sharing()))
                        .thenComparing(UpdateCost::contender))
                .forEach(u -> bars.add(new LadderChart.Bar(u.contender().strategy() + " " + u.sharing() + ", "
                        + VerdictSection.cores(u.cores()) + (u.cores() == 1 ? " core" : " cores"), u.updateMicros(),
                        Double.NaN, Double.NaN, Order.rank(Vocabulary.SHARING_MODES, u.sharing()),
                        measurable(u) ? null : "≈ 0 (within noise)")));
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String title = "Cost of one update: " + s.label() + on;
        return Optional.of(new Block.Chart("sharing-" + s.slug() + (index > 0 ? "-" + index : ""), title,
                LadderChart.render(title, bars)));
    }
}
