package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An I/O strategy's throughput against two ceilings: {@code concurrency / latency}, what waits of exactly the
 * latency would allow, and {@code concurrency / floor}, what its timer allows, a bare wait by the same mechanism
 * ({@link Vocabulary#SLEEP_TIMERS}; IO_SOCKET waits on the echo server's event loop) lasting its measured floor.
 * The floor comes from the same machine, core count and latency or not at all.
 *
 * @param timer the mechanism the strategy's waits use
 * @param floor one bare wait of that mechanism in microseconds, null when not measured at this core count
 */
public record TimerCap(String machine, ScenarioKey scenario, Contender contender, int cores, Interval tasksPerSecond,
                       int concurrency, double latencyMs, String timer, Interval floor) {

    /** Tasks per second if every wait lasted exactly the latency: {@code concurrency / latency}. */
    public double ideal() {
        return concurrency * 1000 / latencyMs;
    }

    /** Throughput over {@link #ideal()}. */
    public double efficiency() {
        return tasksPerSecond.estimate() / ideal();
    }

    /** Tasks per second the timer allows, {@code concurrency / floor}; NaN without a floor. */
    public double cap() {
        return floor == null ? Double.NaN : concurrency * 1e6 / floor.estimate();
    }

    /** Throughput over {@link #cap()}: what the strategy loses beyond its timer's overshoot; NaN without a floor. */
    public double ofCap() {
        return tasksPerSecond.estimate() / cap();
    }

    static List<TimerCap> of(Analysis a) {
        List<TimerCap> caps = new ArrayList<>();
        for (ScenarioKey scenario : a.throughputs().scenarios()) {
            boolean socket = scenario.workload().equals(Vocabulary.IO_SOCKET);
            if (!socket && !scenario.workload().equals(Vocabulary.IO_SLEEP)) {
                continue;
            }
            Optional<Integer> concurrency = number(scenario.params().get(Vocabulary.CONCURRENCY_PARAM)).map(Double::intValue);
            Optional<Double> latency = number(scenario.params().get(Vocabulary.LATENCY_PARAM));
            if (concurrency.isEmpty() || latency.isEmpty() || concurrency.get() <= 0 || latency.get() <= 0) {
                continue;
            }
            for (Contender c : a.throughputs().contenders(scenario)) {
                String timer = socket ? Vocabulary.EVENT_LOOP : Vocabulary.SLEEP_TIMERS.get(c.strategy());
                for (Map.Entry<String, SortedMap<Integer, Point>> machine
                        : a.throughputs().byMachine(scenario, c).entrySet()) {
                    for (Point p : machine.getValue().values()) {
                        Interval floor = floor(a.measurements(), p.machine(), p.cores(), latency.get(), timer);
                        caps.add(new TimerCap(p.machine(), scenario, c, p.cores(), p.tasksPerSecond(),
                                concurrency.get(), latency.get(), timer, floor));
                    }
                }
            }
        }
        return caps;
    }

    private static Interval floor(List<Measurement> measurements, String machine, int cores, double latency, String timer) {
        return measurements.stream()
                .filter(m -> Vocabulary.TIMER_FLOOR_BENCHMARK.equals(m.result().simpleClassName())
                        && m.machine().equals(machine) && m.cores() == cores
                        && timer != null && timer.equals(m.result().param(Vocabulary.TIMER_PARAM))
                        && number(m.result().param(Vocabulary.LATENCY_PARAM)).filter(l -> l == latency).isPresent()
                        && Double.isFinite(m.micros().estimate()))
                .findFirst().map(Measurement::micros).orElse(null);
    }

    private static Optional<Double> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
