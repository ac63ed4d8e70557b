package io.tvpbench.run;

import io.tvpbench.text.Durations;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One progress line per fork of a round ({@code [round 2/3, 14/206] CpuThroughputBenchmark.tasks cores=2 ...,
 * 5 rows undecided, ETA 6m10s}), and JMH's last error line for the one-line failure message. The ETA is the
 * plan's until forks were measured, then the measured cost of what the round has left.
 */
public final class JmhProgress {

    private static final String TASK_PROBLEM = "tvp: your task ";

    private final PrintWriter out;
    private String lastError;
    private final Set<String> taskProblems = new LinkedHashSet<>();

    public JmhProgress(PrintWriter out) {
        this.out = out;
    }

    /** Called before each fork, so a failure message names that fork's error only. */
    public synchronized void clearError() {
        lastError = null;
    }

    /** JMH's last "ERROR:" line (e.g. another JMH run holds the lock), for the one-line failure message. */
    public synchronized String lastError() {
        return lastError;
    }

    /**
     * What went wrong with a user's task, each distinct line once, as the forks printed it (bench/'s
     * {@code UserTaskProblems}), in the order they came.
     */
    public synchronized List<String> taskProblems() {
        return List.copyOf(taskProblems);
    }

    /** Feeds one line of JMH output. */
    public synchronized void accept(String line) {
        int problem = line.indexOf(TASK_PROBLEM);
        if (problem >= 0) {
            taskProblems.add(line.substring(problem).strip()); // JMH may print it after "Iteration 1: "
        }
        if (line.startsWith("ERROR:")) {
            lastError = line.replaceFirst("^(ERROR: )+(\\S+Exception: )?(ERROR: )?", "");
        }
    }

    /**
     * Announces fork {@code index} (1-based) of {@code forks} in round {@code round}; {@code undecided} is the
     * count from the last look, negative before the first.
     */
    public synchronized void fork(int round, String rounds, int index, int forks, String label, int undecided, Duration eta) {
        out.printf("[round %d/%s, %d/%d] %s ...%s ETA %s%n", round, rounds, index, forks, label,
                undecided < 0 ? "" : " " + undecided + (undecided == 1 ? " row" : " rows") + " undecided,",
                Durations.format(eta));
        out.flush();
    }
}
