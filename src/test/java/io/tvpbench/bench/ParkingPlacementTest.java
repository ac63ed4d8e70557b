package io.tvpbench.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The parking floor runs both its threads on one CPU and hands the caller its own CPUs back when the trial ends. */
class ParkingPlacementTest {

    @Test
    void bothSidesShareOneCpuUntilTheTrialEnds() throws Exception {
        Set<Integer> before = cpus(Path.of("/proc/thread-self/status"));
        assumeTrue(before.size() > 1, "needs a thread that may run on more than one CPU (Linux)");
        DispatchLatencyBenchmark.Parking floor = new DispatchLatencyBenchmark.Parking();
        floor.start();
        try {
            assertEquals(1, floor.roundTrip());
            Set<Integer> caller = cpus(Path.of("/proc/thread-self/status"));
            assertEquals(1, caller.size(), "the caller is pinned to one CPU");
            assertEquals(caller, cpus(partnerTask().resolve("status")), "the partner runs on the caller's CPU");
        } finally {
            floor.stop();
        }
        assertEquals(before, cpus(Path.of("/proc/thread-self/status")), "the caller has its CPUs back");
    }

    /** The partner's Linux task, by the name the JVM gives its native thread (15 characters of it). */
    private static Path partnerTask() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            List<Path> named = tasks.filter(t -> comm(t).equals("tvp-floor-partner".substring(0, 15))).toList();
            assertEquals(1, named.size(), "one partner thread: " + named);
            return named.get(0);
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the task ended meanwhile
        }
    }

    private static Set<Integer> cpus(Path status) throws IOException {
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> Cores.parseCpus(line.substring("Cpus_allowed_list:".length()))).findFirst().orElseThrow();
    }
}
