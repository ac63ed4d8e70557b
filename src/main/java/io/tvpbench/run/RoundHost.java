package io.tvpbench.run;

import io.tvpbench.worker.ParentWatch;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-lived JMH host of one core count, started once under that count's CPU pinning so that a run of many
 * rounds pays one host start-up per core count instead of one per fork. It reads one fork request per line on
 * stdin (tab-separated: result file, then JMH's command-line arguments for a single fork of one configuration),
 * runs it through JMH's Java API, and rewrites the result file with that configuration's forks so far merged into
 * one JMH result (JMH computes the score, error and percentiles over all forks' raw data). It watches the runner
 * ({@link ParentWatch#startForHost}): a runner killed with -9 takes the host and its fork with it within a fraction
 * of a second; forks watch the host in turn ({@link ParentWatch#PROPERTY}, honoured by the suite's profiler).
 */
public final class RoundHost {

    /** Printed after each fork: {@code #tvp-fork <ok|failed> <millis>}. */
    static final String DONE = "#tvp-fork";

    private final Map<String, RunResult> merged = new HashMap<>();

    private RoundHost() {
    }

    public static void main(String[] args) throws IOException {
        ParentWatch.startForHost();
        RoundHost host = new RoundHost();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                long start = System.nanoTime();
                boolean ok = host.fork(line.split("\t"));
                System.out.println(DONE + " " + (ok ? "ok" : "failed") + " " + (System.nanoTime() - start) / 1_000_000);
                System.out.flush();
            }
        }
    }

    /** Runs one fork; false when JMH refused the options or the benchmark failed. */
    private boolean fork(String[] request) {
        Path file = Path.of(request[0]);
        try {
            Collection<RunResult> results = new Runner(new CommandLineOptions(Arrays.copyOfRange(request, 1, request.length))).run();
            if (results.size() != 1) {
                return false;
            }
            RunResult fork = results.iterator().next();
            List<BenchmarkResult> forks = new ArrayList<>();
            RunResult before = merged.get(request[0]);
            if (before != null) {
                forks.addAll(before.getBenchmarkResults());
            }
            forks.addAll(fork.getBenchmarkResults());
            RunResult all = new RunResult(fork.getParams(), forks);
            merged.put(request[0], all);
            write(all, file);
            return true;
        } catch (CommandLineOptionException | RunnerException | IOException | RuntimeException e) {
            System.out.println("ERROR: " + e.getMessage());
            return false;
        }
    }

    private static void write(RunResult result, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (PrintStream out = new PrintStream(Files.newOutputStream(tmp), false, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(List.of(result));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
