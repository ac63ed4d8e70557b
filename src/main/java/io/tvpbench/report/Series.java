package io.tvpbench.report;

import io.tvpbench.stats.Interval;
import io.tvpbench.stats.UslFit;

import java.util.List;
import java.util.Optional;

/**
 * One contender's scaling curve in one scenario: its throughput at each core count, the speed-up over SEQUENTIAL
 * at 1 core, the parallel efficiency against k times its own 1-core figure and, with enough core counts, the
 * Universal Scalability Law fit.
 *
 * @param machine the machine, or several joined by " + " when runs from different machines form one curve
 */
public record Series(ScenarioKey scenario, Contender contender, String machine, List<Step> steps, Optional<UslFit> usl) {

    /** One core count of the curve. */
    public record Step(int cores, String machine, Interval tasksPerSecond, double speedup, double efficiency,
                       double peakThreads, double peakProcesses) {
    }

    public String label(boolean withMachine) {
        return contender.label() + (withMachine ? " @ " + machine : "");
    }
}
