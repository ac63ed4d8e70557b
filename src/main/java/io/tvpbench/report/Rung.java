package io.tvpbench.report;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One step of the start-up ladder: a dispatch or start-up cost in microseconds, the per-fork median with its
 * interval across forks (a few long samples would otherwise set a mean), p99 beside. Child JVM rungs carry their
 * start-up variant and the saving over DEFAULT; a variant the run did not measure is a rung without a value.
 *
 * @param p99    the per-fork p99, averaged over forks; NaN where the result has no histogram or no value
 * @param saving DEFAULT minus this variant, in microseconds; NaN for DEFAULT and when DEFAULT is missing
 * @param note   why there is no value ("not available on this JDK"), else {@code null}
 */
public record Rung(String machine, String benchmark, String group, String variant, Interval micros, double p99,
                   double saving, String note) {

    static final List<String> CLASSES = List.of(Vocabulary.DISPATCH_LATENCY_BENCHMARK, Vocabulary.STARTUP_COST_BENCHMARK,
            Vocabulary.USER_TASK_STARTUP_BENCHMARK);

    /** Whether this is a child JVM that loads a user's task ({@code tvp run --task}), not the suite's lean worker. */
    public boolean isUserTask() {
        return benchmark.contains("." + Vocabulary.USER_TASK_STARTUP_BENCHMARK + ".");
    }

    public String label() {
        return variant == null ? group : group + " " + variant;
    }

    /** What kind of cost this is, for colouring: 0 dispatch, 1 a new process, 2 a new thread or pool. */
    public int kind() {
        if (benchmark.contains("." + Vocabulary.DISPATCH_LATENCY_BENCHMARK + ".")) {
            return 0;
        }
        return benchmark.endsWith("." + Vocabulary.NATIVE_PROCESS) || benchmark.contains("." + Vocabulary.CHILD_JVM_PREFIX) ? 1 : 2;
    }

    /** Every dispatch and start-up measurement, each variant group complete and side by side, cheapest first. */
    static List<Rung> of(List<Measurement> measurements) {
        List<Measurement> rungs = measurements.stream()
                .filter(m -> CLASSES.contains(m.result().simpleClassName()) && Double.isFinite(m.medianMicros().estimate()))
                .toList();
        boolean severalCores = rungs.stream().map(m -> m.cores()).distinct().count() > 1;
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : rungs) {
            groups.computeIfAbsent(m.machine() + '\n' + groupLabel(m, severalCores), k -> new ArrayList<>()).add(m);
        }
        List<List<Rung>> ladders = new ArrayList<>();
        for (List<Measurement> group : groups.values()) {
            ladders.add(group(group, groupLabel(group.get(0), severalCores)));
        }
        ladders.sort(Comparator.comparing((List<Rung> g) -> g.get(0).machine())
                .thenComparingDouble(g -> g.stream().filter(r -> r.note() == null)
                        .mapToDouble(r -> r.micros().estimate()).min().orElse(Double.MAX_VALUE)));
        return ladders.stream().flatMap(List::stream).toList();
    }

    /** {@code roundTrip FIXED_POOL}: the method and its param values, the core count only where it varies. */
    private static String groupLabel(Measurement m, boolean withCores) {
        StringBuilder label = new StringBuilder(m.result().method());
        new TreeMap<>(m.result().params()).forEach((k, v) -> {
            if (!k.equals(Vocabulary.VARIANT_PARAM) && !k.equals(Vocabulary.CORES_PARAM)) {
                label.append(' ').append(v);
            }
        });
        return withCores ? label + " (" + m.cores() + (m.cores() == 1 ? " core)" : " cores)") : label.toString();
    }

    private static List<Rung> group(List<Measurement> group, String groupLabel) {
        Measurement first = group.get(0);
        SortedMap<Integer, Measurement> byVariant = new TreeMap<>();
        for (Measurement m : group) {
            String v = m.result().param(Vocabulary.VARIANT_PARAM);
            byVariant.putIfAbsent(v == null ? -1 : Order.rank(Vocabulary.VARIANTS, v) * 1000 + byVariant.size(), m);
        }
        if (first.result().param(Vocabulary.VARIANT_PARAM) == null) {
            Measurement m = byVariant.firstEntry().getValue();
            return List.of(new Rung(m.machine(), m.result().benchmark(), groupLabel, null, m.medianMicros(), p99(m),
                    Double.NaN, null));
        }
        Map<String, Measurement> named = new LinkedHashMap<>();
        byVariant.values().forEach(m -> named.putIfAbsent(m.result().param(Vocabulary.VARIANT_PARAM), m));
        Measurement defaultRun = named.get("DEFAULT");
        double base = defaultRun == null ? Double.NaN : defaultRun.medianMicros().estimate();
        List<Rung> rungs = new ArrayList<>();
        for (String variant : Vocabulary.VARIANTS) {
            if (!named.containsKey(variant)) {
                rungs.add(new Rung(first.machine(), first.result().benchmark(), groupLabel, variant,
                        Interval.pointOnly(Double.NaN), Double.NaN, Double.NaN, missingNote(first.environment(), variant)));
            }
        }
        named.forEach((variant, m) -> rungs.add(new Rung(m.machine(), m.result().benchmark(), groupLabel, variant,
                m.medianMicros(), p99(m),
                variant.equals(Vocabulary.DEFAULT) ? Double.NaN : base - m.medianMicros().estimate(), null)));
        rungs.sort(Comparator.comparing((Rung r) -> Order.rank(Vocabulary.VARIANTS, r.variant())).thenComparing(Rung::variant));
        return rungs;
    }

    private static double p99(Measurement m) {
        return m.result().primaryMetric().rawDataHistogram().isEmpty() ? Double.NaN : m.quantileMicros(0.99).estimate();
    }

    private static String missingNote(RunEnvironment env, String variant) {
        String status = env.variants().getOrDefault(variant, "");
        return status.isEmpty() || status.equals("available")
                ? "not available on this JDK" : "not available on this JDK (" + status + ")";
    }
}
