package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * A strategy's empty-task round trip against the cheapest possible hand-off of the same kind: a raw thread
 * hand-off for in-JVM strategies, a raw pipe ping-pong for child JVMs. The ratio is the strategy's own overhead.
 */
public record Floor(String machine, String strategy, int cores, Interval roundTripMicros, String floorName,
                    double floorMicros) {

    public double ratio() {
        return roundTripMicros.estimate() / floorMicros;
    }

    static List<Floor> of(List<Measurement> measurements) {
        List<Floor> floors = new ArrayList<>();
        for (Measurement m : measurements) {
            if (!Vocabulary.DISPATCH_LATENCY_BENCHMARK.equals(m.result().simpleClassName()) || !m.result().method().equals(Vocabulary.ROUND_TRIP)
                    || m.result().param(Vocabulary.STRATEGY_PARAM) == null) {
                continue;
            }
            String strategy = m.result().param(Vocabulary.STRATEGY_PARAM);
            String floorMethod = strategy.startsWith(Vocabulary.PROCESS_PREFIX) ? Vocabulary.FLOOR_PIPE_PING_PONG : Vocabulary.FLOOR_THREAD_HANDOFF;
            double floor = floorOf(measurements, m, floorMethod);
            floors.add(new Floor(m.machine(), strategy, m.cores(), m.micros(), floorMethod, floor));
        }
        return floors;
    }

    /** The floor on the same machine, at the same core count when the floor has one. */
    private static double floorOf(List<Measurement> measurements, Measurement roundTrip, String method) {
        double any = Double.NaN;
        for (Measurement f : measurements) {
            if (Vocabulary.DISPATCH_LATENCY_BENCHMARK.equals(f.result().simpleClassName()) && f.result().method().equals(method)
                    && f.machine().equals(roundTrip.machine())) {
                if (f.cores() == roundTrip.cores()) {
                    return f.micros().estimate();
                }
                any = Double.isNaN(any) ? f.micros().estimate() : any;
            }
        }
        return any;
    }
}
