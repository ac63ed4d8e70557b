package io.tvpbench.run;

import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import org.openjdk.jmh.runner.BenchmarkList;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Runs a {@link BenchmarkPlan}: one pinned JMH process per core count, results merged as each finishes, then the
 * report and the baseline comparison. A shutdown hook (Ctrl-C) kills the JMH process tree and says what was kept.
 */
public final class BenchRunner {

    /** Exit code when a core count's JMH run failed or left configurations without a result. */
    public static final int FAILED = 1;
    /** The file JMH's output is copied to inside the run directory. */
    public static final String LOG = "jmh.log";

    /** What the user asked for, validated by {@link #prepare}. */
    public record Settings(Profile profile, String cores, String include, Path out, Path baseline,
                           boolean failOnRegression, Path benchmarksJar, ForkJvmOptions forkJvm, boolean noPython) {
    }

    private final Settings settings;
    private final CorePinning pinning;
    private final BenchmarkPlan plan;
    private final Object lock = new Object();
    private final List<Integer> finished = new CopyOnWriteArrayList<>();
    private boolean interrupted;
    private ChildProcess current;

    private BenchRunner(Settings settings, CorePinning pinning, BenchmarkPlan plan) {
        this.settings = settings;
        this.pinning = pinning;
        this.plan = plan;
    }

    /**
     * Validates everything that can be wrong with the input before anything long starts.
     *
     * @throws IllegalArgumentException with a one-line message for bad cores, include or jar
     */
    public static BenchRunner prepare(Settings settings) {
        CorePinning pinning = CorePinning.detect();
        int nproc = pinning.cpus().size();
        CoreCounts cores = settings.cores() == null || settings.cores().isBlank()
                ? settings.profile().defaultCores(nproc) : CoreCounts.parse(settings.cores(), nproc);
        BenchmarkList list = benchmarkList(settings.benchmarksJar());
        return new BenchRunner(settings, pinning, BenchmarkPlan.of(list, settings.include(), settings.profile(), cores));
    }

    /** Reads the benchmark list from the jar the child JVMs will run, so the plan matches what runs. */
    private static BenchmarkList benchmarkList(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found; build it with: mvn -B package -DskipTests");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(BenchmarkList.BENCHMARK_LIST.replaceFirst("^/", ""));
            if (entry == null) {
                throw new IllegalArgumentException(jar + " holds no JMH benchmark list; is it target/benchmarks.jar?");
            }
            return BenchmarkList.fromString(new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    public BenchmarkPlan plan() {
        return plan;
    }

    /** Runs the plan, printing the plan and progress to {@code out}; returns the exit code. */
    public int run(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        plan.describe(pinning.enforced()).forEach(out::println);
        Instant startedAt = Instant.now();
        GitInfo git = GitInfo.of(projectRoot(settings.benchmarksJar()));
        RunDirectory run = RunDirectory.create(settings.out(), startedAt, git.shortSha());
        EnvironmentSnapshot.capture(settings.profile(), plan.cores(), pinning, git, startedAt, settings.forkJvm())
                .write(run.file(RunEnvironment.FILE_NAME));
        out.println("Run directory: " + run.dir());
        out.flush();

        MergedResults merged = new MergedResults(run.file(JmhResults.FILE_NAME));
        JmhProgress progress = new JmhProgress(plan.configurations(), plan.estimate(), out, System::nanoTime);
        JmhCommand jmh = new JmhCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                settings.benchmarksJar(), pinning, settings.profile(), settings.forkJvm());
        Thread hook = Thread.ofPlatform().name("tvp-interrupt").unstarted(() -> onInterrupt(run, merged, err));
        Runtime.getRuntime().addShutdownHook(hook);
        List<Integer> failedCores = new ArrayList<>();
        try (Writer log = Files.newBufferedWriter(run.file(LOG), StandardCharsets.UTF_8)) {
            for (int k : plan.cores().counts()) {
                progress.coreCount(k);
                boolean ok = true;
                for (JmhInvocation invocation : plan.invocations()) {
                    if (!runJmh(k, invocation, jmh, log, progress, merged, run)) {
                        ok = false;
                        err.println("tvp: JMH failed for cores=" + k + (progress.lastError() == null ? "" : ": "
                                + progress.lastError()) + " (see " + run.file(LOG) + ")");
                    }
                    if (isInterrupted()) {
                        return FAILED;
                    }
                }
                if (ok) {
                    finished.add(k);
                } else {
                    failedCores.add(k);
                }
            }
            if (CPythonRun.applies(plan) && !CPythonRun.run(plan, pinning, settings.noPython(), run.dir(),
                    command -> runTracked("cpython", command, log, line -> { }), out)) {
                err.println("tvp: the CPython comparison failed (see " + run.file(LOG) + ")");
            }
            if (isInterrupted()) {
                return FAILED;
            }
        } finally {
            killCurrent();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and reports the outcome itself
            }
        }
        out.println("Finished in " + Durations.format(Duration.between(startedAt, Instant.now())));
        return finish(run, merged, failedCores, out, err);
    }

    /** The checkout the jar was built from ({@code <root>/target/benchmarks.jar}), else the working directory. */
    private static Path projectRoot(Path jar) {
        Path target = jar.toAbsolutePath().getParent();
        return target == null || target.getParent() == null ? Path.of("").toAbsolutePath() : target.getParent();
    }

    /** Runs one JMH process for core count {@code k} and merges its results; false when it failed or produced nothing. */
    private boolean runJmh(int k, JmhInvocation invocation, JmhCommand jmh, Writer log, JmhProgress progress,
                           MergedResults merged, RunDirectory run) throws IOException, InterruptedException {
        Path json = Files.createTempFile("tvp-jmh-cores" + k + "-", ".json");
        try {
            progress.clearError();
            int code = runTracked("cores=" + k, jmh.forCores(k, invocation, json), log, progress::accept);
            synchronized (lock) {
                if (interrupted) {
                    return true;
                }
                int added = Files.size(json) > 0 ? merged.add(json, k) : 0;
                if (added > 0) {
                    run.markLatest();
                }
                return code == 0 && added > 0;
            }
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /**
     * Runs a child process whose output goes to the log and {@code listener}, killed with the runner on Ctrl-C;
     * returns its exit code, or -1 when the run was interrupted (then nothing was started or it was killed).
     */
    private int runTracked(String label, List<String> command, Writer log, Consumer<String> listener) throws IOException, InterruptedException {
        ChildProcess child;
        synchronized (lock) {
            if (interrupted) {
                return -1;
            }
            synchronized (log) {
                log.write("# tvp: " + label + " command: " + command + "\n");
            }
            child = ChildProcess.start(command, log, listener);
            current = child;
        }
        int code = child.waitFor();
        synchronized (lock) {
            current = null;
            return interrupted ? -1 : code;
        }
    }

    private int finish(RunDirectory run, MergedResults merged, List<Integer> failedCores, PrintWriter out, PrintWriter err)
            throws IOException {
        if (merged.size() == 0) {
            err.println("tvp: no results; every JMH run failed (see " + run.file(LOG) + ")");
            return FAILED;
        }
        Path report = RunReport.write(run.dir());
        out.println("Results: " + run.file(JmhResults.FILE_NAME) + " (" + merged.size() + " results)");
        out.println("Report:  " + report);
        int missing = plan.configurations() - merged.size();
        if (missing > 0) {
            err.println("tvp: " + missing + " of " + plan.configurations()
                    + " configurations produced no result (errors in " + run.file(LOG) + ")");
        }
        out.println("History: " + BaselineComparison.appendHistory(run.dir()));
        int comparison = BaselineComparison.compare(settings.baseline(), run.dir(), out, err);
        out.flush();
        if (comparison == 2) {
            return comparison;
        }
        boolean regressionFails = settings.failOnRegression() && comparison != 0;
        return failedCores.isEmpty() && missing <= 0 && !regressionFails ? 0 : FAILED;
    }

    private boolean isInterrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    private void killCurrent() {
        ChildProcess child;
        synchronized (lock) {
            child = current;
        }
        if (child != null) {
            child.killTree();
        }
    }

    /** The shutdown hook: stop JMH and everything it started, then say what the run kept. */
    private void onInterrupt(RunDirectory run, MergedResults merged, PrintWriter err) {
        synchronized (lock) {
            interrupted = true;
        }
        killCurrent();
        synchronized (lock) {
            if (merged.size() == 0) {
                err.println("tvp: interrupted before any result; JMH's output is in " + run.file(LOG));
            } else {
                err.println("tvp: interrupted; " + merged.size() + " results (complete for cores " + finished
                        + ") are kept in " + run.file(JmhResults.FILE_NAME));
            }
            err.flush();
        }
    }
}
