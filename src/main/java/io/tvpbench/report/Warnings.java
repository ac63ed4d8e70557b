package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the reader must know before trusting the numbers: unpinned cores, mixed machines or JDKs, thin data. */
final class Warnings {

    /** The profiler that publishes the suite's secondary metrics (docs/formats.md). */

    private Warnings() {
    }

    /** A throughput or footprint result of the suite without the metrics its profiler adds. */
    private static boolean lacksSecondary(JmhResult r) {
        boolean suite = r.benchmark().startsWith(Vocabulary.BENCHMARK_PACKAGE + ".");
        boolean throughput = suite && "thrpt".equals(r.mode()) && r.param(Vocabulary.STRATEGY_PARAM) != null;
        boolean footprint = suite && Vocabulary.FOOTPRINT_BENCHMARK.equals(r.simpleClassName());
        return (throughput && !r.secondaryMetrics().containsKey(Vocabulary.PEAK_THREADS))
                || (footprint && !r.secondaryMetrics().containsKey(Vocabulary.BYTES_PER_UNIT));
    }

    static List<String> of(List<LoadedRun> runs) {
        List<String> warnings = new ArrayList<>();
        Set<String> machines = new TreeSet<>();
        Set<String> jdks = new TreeSet<>();
        Map<String, Set<String>> fingerprints = new LinkedHashMap<>();
        int singleFork = 0;
        int unpinned = 0;
        int missingSecondary = 0;
        for (LoadedRun run : runs) {
            RunEnvironment env = run.environment();
            machines.add(env.machine());
            boolean hasCores = run.results().stream().anyMatch(r -> r.param(Vocabulary.CORES_PARAM) != null);
            if (!env.isKnown()) {
                warnings.add("No env.json beside " + run.source() + ": its environment is unknown"
                        + (hasCores ? " and its core counts are not known to be enforced." : "."));
            } else if (hasCores && !env.coresEnforced()) {
                warnings.add("Cores were not enforced on " + env.machine() + " (" + run.source() + "): a core count "
                        + "there is a pool size, not a CPU limit, so scaling figures do not show what k CPUs can do.");
            }
            if (env.isKnown()) {
                fingerprints.computeIfAbsent(env.machine(), k -> new TreeSet<>()).add(env.fingerprint());
            }
            for (JmhResult r : run.results()) {
                jdks.add(env.isKnown() ? env.jdkVersion() : String.valueOf(r.jdkVersion()));
                singleFork += r.primaryMetric().forkMeans().length < 2 ? 1 : 0;
                unpinned += "0".equals(r.param(Vocabulary.CORES_PARAM)) ? 1 : 0;
                missingSecondary += lacksSecondary(r) ? 1 : 0;
            }
        }
        if (machines.size() > 1) {
            warnings.add("Merged runs come from " + machines.size() + " machines (" + String.join(", ", machines)
                    + "): compare figures within a machine; a scaling curve joins machines only where their core "
                    + "counts do not overlap.");
        }
        jdks.remove("null");
        if (jdks.size() > 1) {
            warnings.add("Merged runs used different JDKs (" + String.join(", ", jdks) + ").");
        }
        fingerprints.forEach((machine, prints) -> {
            if (prints.size() > 1) {
                warnings.add("Runs labelled " + machine + " have different fingerprints (" + String.join(", ", prints)
                        + "): CPU, JDK, JVM flags or memory differ between them.");
            }
        });
        if (missingSecondary > 0) {
            warnings.add(missingSecondary + " result(s) of the suite lack their secondary metrics (peakThreads, "
                    + "peakProcesses, bytesPerUnit): the run did not enable -prof " + Vocabulary.PROFILER + ".");
        }
        if (unpinned > 0) {
            warnings.add(unpinned + " result(s) have cores=0: they ran without a CPU limit.");
        }
        if (singleFork > 0) {
            warnings.add(singleFork + " result(s) have fewer than 2 forks: their intervals are JMH's own (99.9%, over "
                    + "iterations of one JVM, which are not independent); run with -f 2 or more for sound intervals.");
        }
        return warnings;
    }
}
