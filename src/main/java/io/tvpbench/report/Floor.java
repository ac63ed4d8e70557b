package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strategy's empty-task round trip against its floor ({@link Vocabulary#DISPATCH_FLOORS}: a thread hand-off that
 * waits as the strategy's threads do for in-JVM strategies, the pipe ping-pong for child JVMs), on medians: per-fork
 * p50 with its interval across forks, since a handful of millisecond samples per iteration dominate a mean of
 * microsecond ones; p99 beside.
 * The floor comes from the same machine and core count or not at all. A ratio below {@value #FLOOR_TOLERANCE}
 * flags the row with why, since a floor that reads above what it bounds is not one.
 *
 * @param floorName  the floor's method, null for SEQUENTIAL (runs in the caller)
 * @param floor      the floor's lowest per-fork p50 at this core count, null when it was not measured there
 * @param limit      the spinning floor's lowest per-fork p50 at this core count for in-JVM strategies (the
 *                   absolute limit), else null
 * @param unreliable why the ratio is not the strategy's overhead, null when it is
 */
public record Floor(String machine, String strategy, int cores, Interval roundTrip, double roundTripP99,
                    String floorName, Interval floor, double floorP99, Interval limit, String unreliable) {

    /** The lowest ratio a floor may show before the row says the floor does not bound the strategy. */
    public static final double FLOOR_TOLERANCE = 0.95;

    /** Round trip over floor, medians; NaN without a floor. */
    public double ratio() {
        return floor == null ? Double.NaN : roundTrip.estimate() / floor.estimate();
    }

    static List<Floor> of(List<Measurement> measurements) {
        List<Floor> floors = new ArrayList<>();
        for (Measurement m : measurements) {
            String strategy = m.result().param(Vocabulary.STRATEGY_PARAM);
            if (!isDispatch(m, Vocabulary.ROUND_TRIP) || strategy == null) {
                continue;
            }
            String floorName = Vocabulary.DISPATCH_FLOORS.get(strategy);
            Optional<Measurement> floor = floorName == null ? Optional.empty() : sameCores(measurements, m, floorName);
            Optional<Measurement> limit = floorName == null || Vocabulary.FLOOR_PIPE_PING_PONG.equals(floorName)
                    ? Optional.empty() : sameCores(measurements, m, Vocabulary.FLOOR_SPINNING);
            Interval roundTrip = m.medianMicros();
            Interval floorMedian = floor.map(Floor::lowest).orElse(null);
            Interval limitMedian = limit.map(Floor::lowest).orElse(null);
            floors.add(new Floor(m.machine(), strategy, m.cores(), roundTrip, m.quantileMicros(0.99).estimate(),
                    floorName, floorMedian, floor.map(f -> f.quantileMicros(0.99).estimate()).orElse(Double.NaN),
                    limitMedian, unreliable(floorName, roundTrip, floorMedian, limitMedian)));
        }
        return floors;
    }

    /**
     * Why a round trip below its floor cannot be read as overhead: between the spinning and the parking floor
     * the strategy avoided parking by spinning; below both the floor itself did not measure a floor here.
     */
    static String unreliable(String floorName, Interval roundTrip, Interval floor, Interval limit) {
        if (floor == null || roundTrip.estimate() >= FLOOR_TOLERANCE * floor.estimate()) {
            return null;
        }
        if (limit != null && roundTrip.estimate() >= FLOOR_TOLERANCE * limit.estimate()) {
            return "below " + floorName + ": the strategy spins where the floor parks, so only the spinning "
                    + "floor bounds it";
        }
        return "the floor reads above the strategy, so it did not measure a floor here (noise or a faster path)";
    }

    /**
     * A floor's reading: its lowest fork's median. A floor bounds from below, and a fork of it that reads higher paid
     * for something beyond the hand-off: in a standard run of e5b771a one fork of the parking floor at 1 core read
     * 8.0 µs where the other two read 5.7 and 5.8, and FIXED_POOL's forks, the same two thread switches plus a
     * queue, read 5.9–6.4 µs.
     */
    private static Interval lowest(Measurement floor) {
        return Interval.pointOnly(floor.lowestForkQuantileMicros(0.5));
    }

    private static boolean isDispatch(Measurement m, String method) {
        return Vocabulary.DISPATCH_LATENCY_BENCHMARK.equals(m.result().simpleClassName()) && m.result().method().equals(method);
    }

    /** The floor measured on the same machine at the same core count; another core count's floor is never used. */
    private static Optional<Measurement> sameCores(List<Measurement> measurements, Measurement roundTrip, String method) {
        return measurements.stream()
                .filter(f -> isDispatch(f, method) && f.machine().equals(roundTrip.machine()) && f.cores() == roundTrip.cores())
                .findFirst();
    }
}
