package io.tvpbench.run;

import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.stats.SequentialDesign;
import io.tvpbench.text.Durations;
import org.openjdk.jmh.runner.BenchmarkList;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Runs a {@link BenchmarkPlan} in rounds through one long-lived pinned JMH host per core count, results merged
 * after every fork, then the report and the baseline comparison. A shutdown hook (Ctrl-C) kills the hosts' process
 * trees and says what was kept.
 */
public final class BenchRunner {

    /** Exit code when a fork failed or a configuration was left without a result. */
    public static final int FAILED = 1;
    /** The file JMH's output is copied to inside the run directory. */
    public static final String LOG = "jmh.log";

    /**
     * What the user asked for, validated by {@link #prepare}.
     *
     * @param params the explicit {@code --param} values
     * @param task   the user's task to measure instead of the suite, or null
     */
    public record Settings(Profile profile, String cores, String include, Path out, Path baseline,
                           boolean failOnRegression, Path benchmarksJar, ForkJvmOptions forkJvm, boolean noPython,
                           Map<String, List<String>> params, Long seed,
                           UserTaskRun task) {
    }

    private final Settings settings;
    private final CorePinning pinning;
    private final BenchmarkPlan plan;
    private final Object lock = new Object();
    private final Map<Integer, ForkHost> hosts = new ConcurrentHashMap<>();
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
        BenchmarkPlan plan = settings.task() == null
                ? BenchmarkPlan.of(list, settings.include(), settings.params(), settings.profile(), cores).withControls(list)
                : BenchmarkPlan.ofUserTask(list, settings.task().params(), settings.profile(), cores);
        return new BenchRunner(settings, pinning, plan);
    }

    /** Reads the benchmark list from the jar the child JVMs will run, so the plan matches what runs. */
    static BenchmarkList benchmarkList(Path jar) {
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

    /** Runs the plan in rounds, printing the plan and progress to {@code out}; returns the exit code. */
    public int run(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        plan.describe(pinning.enforced()).forEach(out::println);
        Instant startedAt = Instant.now();
        long seed = settings.seed() != null ? settings.seed() : new SecureRandom().nextLong();
        GitInfo git = GitInfo.of(projectRoot(settings.benchmarksJar()));
        RunDirectory run = RunDirectory.create(settings.out(), startedAt, git.shortSha());
        RunEnvironment env = EnvironmentSnapshot.capture(settings.profile(), plan.cores(), pinning, git, startedAt, settings.forkJvm());
        env.write(run.file(RunEnvironment.FILE_NAME));
        out.println("Run directory: " + run.dir() + " (seed " + seed + ")");
        out.flush();

        MergedResults merged = new MergedResults(run.file(JmhResults.FILE_NAME));
        RoundLog rounds = new RoundLog(run.file(RoundLog.FILE_NAME), seed);
        JmhProgress progress = new JmhProgress(out);
        JmhCommand jmh = new JmhCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                settings.benchmarksJar(), pinning, settings.profile(), settings.forkJvm());
        Path scratch = Files.createTempDirectory("tvp-rounds-");
        Thread hook = Thread.ofPlatform().name("tvp-interrupt").unstarted(
                () -> onInterrupt(run, merged, rounds, env, startedAt, err));
        Runtime.getRuntime().addShutdownHook(hook);
        RoundDriver.Stop stop;
        RoundDriver driver;
        try (Writer log = Files.newBufferedWriter(run.file(LOG), StandardCharsets.UTF_8);
             JmhLock jmhLock = settings.profile().measures() ? JmhLock.acquire(out) : null) {
            for (int k : plan.cores().counts()) {
                hosts.put(k, new ForkHost(jmh.host(k), environment(), log, progress::accept));
            }
            driver = new RoundDriver(plan.configurationList(), settings.profile(), jmh, hosts, merged, rounds, progress,
                    seed, System::nanoTime, this::isInterrupted, scratch,
                    Duration.between(startedAt, Instant.now()).plus(CPythonRun.reserve(plan)));
            stop = driver.run();
            if (stop == RoundDriver.Stop.INTERRUPTED) {
                return FAILED;
            }
            for (ForkHost host : hosts.values()) {
                host.close();
            }
            if (merged.size() > 0) {
                run.markLatest();
            }
            if (CPythonRun.applies(plan) && !CPythonRun.run(plan, pinning, settings.noPython(), run.dir(),
                    command -> runTracked("cpython", command, log, line -> { }), out)) {
                err.println("tvp: the CPython comparison failed (see " + run.file(LOG) + ")");
            }
            if (isInterrupted()) {
                return FAILED;
            }
        } finally {
            killHosts();
            deleteScratch(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and reports the outcome itself
            }
        }
        recordRounds(env, rounds, stop, startedAt, run);
        out.println("Finished in " + Durations.format(Duration.between(startedAt, Instant.now())) + " after "
                + rounds.count() + " rounds (" + stop.label + ")");
        driver.failures().forEach(f -> err.println("tvp: fork failed in " + f + " (see " + run.file(LOG) + ")"));
        return finish(run, merged, driver.failures(), out, err, progress.taskProblems());
    }

    /** env.json gains how many rounds ran, their seed, why they stopped, the design, and the run's duration. */
    private void recordRounds(RunEnvironment env, RoundLog rounds, RoundDriver.Stop stop, Instant startedAt,
                              RunDirectory run) throws IOException {
        SequentialDesign design = settings.profile().design();
        env.withRounds(new RunEnvironment.Rounds(rounds.count(), rounds.seed(), stop.label,
                        Arrays.stream(design.looks()).boxed().toList(), design.alpha(), design.lookAlpha()),
                Duration.between(startedAt, Instant.now()).toSeconds()).write(run.file(RunEnvironment.FILE_NAME));
    }

    /** The checkout the jar was built from ({@code <root>/target/benchmarks.jar}), else the working directory. */
    static Path projectRoot(Path jar) {
        Path target = jar.toAbsolutePath().getParent();
        return target == null || target.getParent() == null ? Path.of("").toAbsolutePath() : target.getParent();
    }

    static void deleteScratch(Path scratch) throws IOException {
        try (var files = Files.list(scratch)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(scratch);
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

    /** What the JMH process and its forks get in their environment: the user's task, if any. */
    private Map<String, String> environment() {
        return settings.task() == null ? Map.of() : settings.task().source().environment();
    }

    private int finish(RunDirectory run, MergedResults merged, List<String> failedForks, PrintWriter out, PrintWriter err,
                       List<String> taskProblems) throws IOException {
        taskProblems.forEach(err::println);
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
        return failedForks.isEmpty() && missing <= 0 && !regressionFails ? 0 : FAILED;
    }

    private boolean isInterrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    /** Kills the round hosts and the CPython process, each with everything it started. */
    private void killHosts() {
        List<ForkHost> all;
        ChildProcess child;
        synchronized (lock) {
            all = List.copyOf(hosts.values());
            child = current;
        }
        all.forEach(ForkHost::kill);
        if (child != null) {
            child.killTree();
        }
    }

    /** The shutdown hook: stop the hosts and everything they started, then say what the run kept. */
    private void onInterrupt(RunDirectory run, MergedResults merged, RoundLog rounds, RunEnvironment env, Instant startedAt,
                             PrintWriter err) {
        synchronized (lock) {
            interrupted = true;
        }
        killHosts();
        synchronized (lock) {
            try {
                recordRounds(env, rounds, RoundDriver.Stop.INTERRUPTED, startedAt, run);
                if (merged.size() > 0) {
                    run.markLatest();
                }
            } catch (IOException e) {
                err.println("tvp: could not record the rounds in env.json: " + e.getMessage());
            }
            if (merged.size() == 0) {
                err.println("tvp: interrupted before any result; JMH's output is in " + run.file(LOG));
            } else {
                err.println("tvp: interrupted in round " + rounds.count() + "; " + merged.size()
                        + " results (each with the forks it had) are kept in " + run.file(JmhResults.FILE_NAME));
            }
            err.flush();
        }
    }
}
