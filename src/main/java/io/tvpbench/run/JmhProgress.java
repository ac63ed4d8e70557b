package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Names;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Turns JMH's output into one progress line per configuration ({@code [12/48] Foo.bar cores=2 ... ETA 6m10s}).
 * JMH prints a header (benchmark, parameters) once per configuration and "# Run progress" before every fork;
 * the first "# Run progress" after a header starts the configuration.
 */
public final class JmhProgress {

    private static final String BENCHMARK = "# Benchmark: ";
    private static final String PARAMETERS = "# Parameters: ";
    private static final String RUN_PROGRESS = "# Run progress:";

    private final int total;
    private final Duration estimate;
    private final PrintWriter out;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private int started;
    private int cores;
    private String benchmark;
    private String params = "";
    private String lastError;

    public JmhProgress(int total, Duration estimate, PrintWriter out, LongSupplier nanoTime) {
        this.total = total;
        this.estimate = estimate;
        this.out = out;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    /** Called before JMH starts for the next core count. */
    public synchronized void coreCount(int k) {
        cores = k;
        benchmark = null;
    }

    /** Called before each JMH process, so a failure message names that process's error only. */
    public synchronized void clearError() {
        lastError = null;
    }

    /** Configurations started so far. */
    public synchronized int started() {
        return started;
    }

    /** JMH's last "ERROR:" line (e.g. another JMH run holds the lock), for the one-line failure message. */
    public synchronized String lastError() {
        return lastError;
    }

    /** Feeds one line of JMH output. */
    public synchronized void accept(String line) {
        if (line.startsWith("ERROR:")) {
            lastError = line.replaceFirst("^(ERROR: )+(\\S+Exception: )?(ERROR: )?", "");
        } else if (line.startsWith(BENCHMARK)) {
            benchmark = Names.shortName(line.substring(BENCHMARK.length()).trim());
            params = "";
        } else if (line.startsWith(PARAMETERS) && benchmark != null) {
            params = line.substring(PARAMETERS.length()).trim().replaceAll("^\\(|\\)$", "").replace(" = ", "=").replace(", ", " ");
        } else if (line.startsWith(RUN_PROGRESS) && benchmark != null) {
            started++;
            String shownParams = params.contains(Vocabulary.CORES_PARAM + "=") ? params : (Vocabulary.CORES_PARAM + "=" + cores + " " + params).trim();
            out.printf("[%d/%d] %s %s ... ETA %s%n", started, Math.max(total, started), benchmark, shownParams,
                    Durations.format(eta()));
            out.flush();
            benchmark = null;
        }
    }

    /** Remaining time: the plan's estimate until one configuration is done, then the pace measured so far. */
    private Duration eta() {
        int done = started - 1;
        if (done <= 0) {
            return estimate;
        }
        long elapsed = nanoTime.getAsLong() - startNanos;
        return Duration.ofNanos(elapsed / done * Math.max(0, total - done));
    }
}
