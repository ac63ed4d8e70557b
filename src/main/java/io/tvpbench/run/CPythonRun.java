package io.tvpbench.run;

import io.tvpbench.results.CPythonResults;
import io.tvpbench.results.Vocabulary;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real CPython beside the emulated GIL: runs the standard-library script shipped in the jar
 * (src/main/python/tvp_cpython.py) once per core count, pinned as the JMH forks are, into the run directory's
 * {@code cpython.json}. Where it cannot or should not run, that file says why, so the report notes the absence.
 */
final class CPythonRun {

    private static final String SCRIPT = "tvp_cpython.py";
    private static final int[] MINIMUM_VERSION = {3, 8};

    /** Starts a command as a child of the runner (killed with it on Ctrl-C); returns its exit code. */
    @FunctionalInterface
    interface Launcher {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    private CPythonRun() {
    }

    /**
     * What the comparison costs a core count, kept out of the rounds' budget: a standard run of ed690b1 spent
     * 34 s on two core counts (both grains, 5 repeats of each strategy, the dispatch round trips), after rounds that
     * had used the whole 30 minutes.
     */
    static final Duration PER_CORE_COUNT = Duration.ofSeconds(20);

    /** The time to keep for the comparison at the end of a run of {@code plan}, zero when it does not apply. */
    static Duration reserve(BenchmarkPlan plan) {
        return applies(plan) ? PER_CORE_COUNT.multipliedBy(plan.cores().counts().size()) : Duration.ZERO;
    }

    /** Whether the run includes the comparison: standard and full runs that measure the GIL benchmark. */
    static boolean applies(BenchmarkPlan plan) {
        return (plan.profile() == Profile.STANDARD || plan.profile() == Profile.FULL) && !grains(plan).isEmpty();
    }

    /** The grains the plan measures {@link Vocabulary#CPU_THROUGHPUT_BENCHMARK} with, after the profile's narrowing. */
    static List<String> grains(BenchmarkPlan plan) {
        for (JmhInvocation invocation : plan.invocations()) {
            for (BenchmarkListEntry e : invocation.benchmarks()) {
                if (e.getUsername().endsWith("." + Vocabulary.CPU_THROUGHPUT_BENCHMARK + "." + Vocabulary.TASKS)) {
                    List<String> narrowed = invocation.params().get(Vocabulary.GRAIN_PARAM);
                    return narrowed != null ? narrowed
                            : Arrays.asList(e.getParams().orElse(Map.of()).getOrDefault(Vocabulary.GRAIN_PARAM, new String[0]));
                }
            }
        }
        return List.of();
    }

    /**
     * Measures every core count of the plan, or writes the reason it does not; returns false when the script
     * failed (its output is in the log).
     */
    static boolean run(BenchmarkPlan plan, CorePinning pinning, boolean skip, Path runDir, Launcher launcher,
                       PrintWriter out) throws IOException, InterruptedException {
        Path file = runDir.resolve(CPythonResults.FILE_NAME);
        Optional<Path> python = Executables.onPath("python3");
        String note = skip ? "skipped on purpose (--no-python)"
                : !pinning.enforced() ? "skipped: cores cannot be pinned here (no taskset), so CPython would not run on the JVM's CPUs"
                : python.isEmpty() ? "skipped: python3 not found on PATH"
                : tooOld(version(python.get()));
        if (note != null) {
            CPythonResults.skipped(note).write(file);
            out.println("CPython comparison " + note);
            return true;
        }
        Path script = Files.createTempFile("tvp-cpython-", ".py");
        try {
            try (InputStream in = CPythonRun.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is missing from the jar");
                }
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            for (int k : plan.cores().counts()) {
                out.println("CPython comparison: cores=" + k + ", grains " + grains(plan));
                out.flush();
                List<String> command = new ArrayList<>(pinning.prefix(k));
                command.addAll(List.of(python.get().toString(), script.toString(), "--cores", Integer.toString(k),
                        "--grains", String.join(",", grains(plan)), "--out", file.toString()));
                if (launcher.run(command) != 0) {
                    return false;
                }
            }
            return true;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The interpreter's version, e.g. {@code 3.11.7}, or an empty string when it cannot say. */
    private static String version(Path python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python.toString(), "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return p.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8).trim() : "";
    }

    /** Why this version cannot run the comparison, or null when it can. */
    static String tooOld(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (major > MINIMUM_VERSION[0] || (major == MINIMUM_VERSION[0] && minor >= MINIMUM_VERSION[1])) {
                return null;
            }
        } catch (NumberFormatException e) {
            return "skipped: python3 did not tell its version";
        }
        return "skipped: python3 is " + version + "; the comparison needs " + MINIMUM_VERSION[0] + "." + MINIMUM_VERSION[1]
                + " or newer";
    }
}
