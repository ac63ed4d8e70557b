package io.tvpbench.run;

import io.tvpbench.results.JmhResults;
import io.tvpbench.results.PairsFile;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.stats.SequentialDesign;
import io.tvpbench.text.Durations;
import io.tvpbench.track.AbComparison;
import io.tvpbench.track.AbJson;
import io.tvpbench.track.AbMarkdown;
import io.tvpbench.track.AbRow;
import io.tvpbench.track.ChangeVerdict;
import io.tvpbench.track.CompareOptions;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code tvp ab}: two builds (or one build on two JDKs) measured in the same run. Each side has its own pinned JMH
 * host per core count; every round visits the configurations both sides have in the run's shuffled order and runs
 * the two forks of a configuration back to back, base first in odd rounds and head first in even ones, so each pair
 * is seconds apart and the order cancels. Each side writes an ordinary run directory ({@code base/}, {@code head/}:
 * {@code jmh-result.json}, {@code rounds.json}); {@code pairs.json} records the pairing. Extra rounds go to the
 * configurations still undecided at the sequential design's looks while twice the profile's budget allows.
 */
public final class AbRunner {

    /** The comparison written into the run directory. */
    public static final String MARKDOWN = "ab.md";
    public static final String JSON = "ab.json";
    /**
     * The last look of a measuring A/B. At 27 pairs a row with the typical few-percent spread of a log ratio has an
     * interval of about ±3%, so a change of 10% — a 20% heavier kernel in a task that is half kernel — clears the
     * 5% threshold; the quick plan's undecided rows reach it in minutes.
     */
    static final int MAX_ROUNDS = 27;

    /**
     * What the user asked for.
     *
     * @param head     a git ref or jar; null for the working tree's build ({@code toolJar})
     * @param baseJava the JDK of the base side (home or executable); null for the one running this tool
     */
    public record Settings(String base, String head, Path baseJava, Path headJava, Profile profile, String cores,
                           String include, Map<String, List<String>> params, Path out, ForkJvmOptions forkJvm,
                           Long seed, CompareOptions compare, Path toolJar) {
    }

    private enum Side {
        BASE(PairsFile.BASE), HEAD(PairsFile.HEAD);

        final String dir;

        Side(String dir) {
            this.dir = dir;
        }
    }

    private final Settings settings;
    private final CorePinning pinning;
    private final Map<Side, AbBuild> builds;
    private final BenchmarkPlan headPlan;
    private final List<Configuration> common;
    private final List<String> onlyInBase;
    private final List<String> onlyInHead;
    private final Object lock = new Object();
    private final List<ForkHost> hosts = new ArrayList<>();
    private boolean interrupted;
    private Path directory;

    private AbRunner(Settings settings, CorePinning pinning, Map<Side, AbBuild> builds, BenchmarkPlan headPlan,
                     List<Configuration> common, List<String> onlyInBase, List<String> onlyInHead) {
        this.settings = settings;
        this.pinning = pinning;
        this.builds = builds;
        this.headPlan = headPlan;
        this.common = common;
        this.onlyInBase = onlyInBase;
        this.onlyInHead = onlyInHead;
    }

    /**
     * Checks both JDKs, resolves (and if need be builds) both sides and plans what both can run, before anything is
     * measured.
     *
     * @throws IllegalArgumentException with a one-line message for every kind of bad input
     */
    public static AbRunner prepare(Settings settings, PrintWriter out) {
        Path running = Path.of(System.getProperty("java.home"), "bin", "java");
        AbBuild.Jdk baseJdk = AbBuild.Jdk.of("--base-java", settings.baseJava() == null ? running : settings.baseJava());
        AbBuild.Jdk headJdk = AbBuild.Jdk.of("--head-java", settings.headJava() == null ? running : settings.headJava());
        CorePinning pinning = CorePinning.detect();
        int nproc = pinning.cpus().size();
        CoreCounts cores = settings.cores() == null || settings.cores().isBlank()
                ? settings.profile().defaultCores(nproc) : CoreCounts.parse(settings.cores(), nproc);
        Path root = BenchRunner.projectRoot(settings.toolJar());
        AbBuild head = settings.head() == null || settings.head().isBlank()
                ? AbBuild.workingTree(settings.toolJar(), headJdk, root)
                : AbBuild.resolve("--head", settings.head(), headJdk, root, out);
        AbBuild base = AbBuild.resolve("--base", settings.base(), baseJdk, root, out);
        BenchmarkPlan basePlan = plan("base", base, settings, cores);
        BenchmarkPlan headPlan = plan("head", head, settings, cores);
        Set<String> baseKeys = keys(basePlan.configurationList());
        Set<String> headKeys = keys(headPlan.configurationList());
        List<Configuration> common = headPlan.configurationList().stream().filter(c -> baseKeys.contains(c.key())).toList();
        if (common.isEmpty()) {
            throw new IllegalArgumentException("the base and head builds share no configuration to compare"
                    + (settings.include() == null || settings.include().isBlank() ? "" : " matching '" + settings.include() + "'"));
        }
        Map<Side, AbBuild> builds = Map.of(Side.BASE, base, Side.HEAD, head);
        return new AbRunner(settings, pinning, builds, headPlan, common,
                baseKeys.stream().filter(k -> !headKeys.contains(k)).sorted().toList(),
                headKeys.stream().filter(k -> !baseKeys.contains(k)).sorted().toList());
    }

    private static BenchmarkPlan plan(String side, AbBuild build, Settings settings, CoreCounts cores) {
        try {
            return BenchmarkPlan.of(BenchRunner.benchmarkList(build.jar()), settings.include(), settings.params(),
                    settings.profile(), cores);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(side + " build (" + build.label() + "): " + e.getMessage(), e);
        }
    }

    private static Set<String> keys(List<Configuration> configurations) {
        return configurations.stream().map(Configuration::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The run directory, once {@link #run} has made it. */
    public Path directory() {
        return directory;
    }

    /** The configurations both sides run. */
    public List<Configuration> configurations() {
        return common;
    }

    /** The minimum rounds' estimated wall time for both sides. */
    public Duration estimate() {
        return cost(common, Map.of()).multipliedBy(2L * design().minRounds());
    }

    /** Twice the profile's budget: an A/B measures everything twice. */
    public Optional<Duration> budget() {
        return settings.profile().budget().map(b -> b.multipliedBy(2));
    }

    /** The plan as printed before the run starts. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(headPlan.describe(pinning.enforced()));
        lines.removeIf(l -> l.contains("warning: the estimate exceeds"));
        lines.replaceAll(l -> l.startsWith("      decisions: ") ? "      decisions: " + design().describe() : l);
        lines.add("A/B:  base " + describe(builds.get(Side.BASE)) + "; head " + describe(builds.get(Side.HEAD)));
        lines.add("      " + common.size() + " configurations on both sides, each round running the two builds' forks of a"
                + " configuration back to back (base first in odd rounds, head first in even ones); "
                + onlyInBase.size() + " only in the base build, " + onlyInHead.size() + " only in the head build (listed, not measured)");
        lines.add("      " + design().minRounds() + " rounds of both builds estimated at " + Durations.format(estimate())
                + budget().map(b -> " (budget 2 × " + Durations.format(settings.profile().budget().orElseThrow()) + " = "
                + Durations.format(b) + " on 2 cores" + (estimate().compareTo(b) > 0 ? "; warning: the estimate exceeds it, narrow with --include or --cores" : "; fits")
                + ")").orElse(""));
        return lines;
    }

    private static String describe(AbBuild build) {
        return build.label() + (build.commit() == null ? "" : " (" + build.commit().substring(0, 10) + ")") + " on JDK "
                + build.javaVersion();
    }

    /** Runs the A/B, prints the plan, progress and the comparison; returns 0, 1 (regression or failed forks) or 2. */
    public int run(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        describe().forEach(out::println);
        Instant startedAt = Instant.now();
        long seed = settings.seed() != null ? settings.seed() : new SecureRandom().nextLong();
        Path root = BenchRunner.projectRoot(settings.toolJar());
        GitInfo git = GitInfo.of(root);
        RunDirectory run = RunDirectory.create(settings.out(), startedAt, git.shortSha() + "-ab");
        directory = run.dir();
        RunEnvironment env = EnvironmentSnapshot.capture(settings.profile(), headPlan.cores(), pinning, git, startedAt, settings.forkJvm());
        env.write(run.file(RunEnvironment.FILE_NAME));
        out.println("A/B run directory: " + run.dir() + " (seed " + seed + ")");
        out.flush();

        Map<Side, MergedResults> merged = new LinkedHashMap<>();
        Map<Side, RoundLog> logs = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            Path dir = Files.createDirectories(run.file(side.dir));
            merged.put(side, new MergedResults(dir.resolve(JmhResults.FILE_NAME)));
            logs.put(side, new RoundLog(dir.resolve(RoundLog.FILE_NAME), seed));
        }
        List<PairsFile.Round> rounds = new ArrayList<>();
        JmhProgress progress = new JmhProgress(out);
        Path scratch = Files.createTempDirectory("tvp-rounds-");
        Thread hook = Thread.ofPlatform().name("tvp-interrupt").unstarted(() -> onInterrupt(run, err));
        Runtime.getRuntime().addShutdownHook(hook);
        List<String> failures = new ArrayList<>();
        RoundDriver.Stop stop;
        try (Writer log = Files.newBufferedWriter(run.file(BenchRunner.LOG), StandardCharsets.UTF_8);
             JmhLock jmhLock = settings.profile().measures() ? JmhLock.acquire(out) : null) {
            Map<Side, Map<Integer, ForkHost>> sideHosts = new LinkedHashMap<>();
            Map<Side, JmhCommand> commands = new LinkedHashMap<>();
            for (Side side : Side.values()) {
                AbBuild build = builds.get(side);
                JmhCommand jmh = new JmhCommand(build.java(), build.jar(), pinning, settings.profile(), settings.forkJvm());
                commands.put(side, jmh);
                Map<Integer, ForkHost> byCores = new HashMap<>();
                for (int k : headPlan.cores().counts()) {
                    ForkHost host = new ForkHost(jmh.host(k), Map.of(), log, progress::accept);
                    byCores.put(k, host);
                    synchronized (lock) {
                        hosts.add(host);
                    }
                }
                sideHosts.put(side, byCores);
            }
            Rounds driver = new Rounds(run, seed, merged, logs, rounds, sideHosts, commands, progress, scratch, failures);
            stop = driver.run();
            if (stop != RoundDriver.Stop.INTERRUPTED) {
                for (Map<Integer, ForkHost> byCores : sideHosts.values()) {
                    for (ForkHost host : byCores.values()) {
                        host.close();
                    }
                }
            }
        } finally {
            killHosts();
            BenchRunner.deleteScratch(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and reports the outcome itself
            }
        }
        if (stop == RoundDriver.Stop.INTERRUPTED) {
            return BenchRunner.FAILED;
        }
        env.withRounds(new RunEnvironment.Rounds(rounds.size(), seed, stop.label,
                        Arrays.stream(design().looks()).boxed().toList(),
                        settings.compare().alpha(), settings.compare().alpha() / looks()),
                Duration.between(startedAt, Instant.now()).toSeconds()).write(run.file(RunEnvironment.FILE_NAME));
        out.println("Finished in " + Durations.format(Duration.between(startedAt, Instant.now())) + " after "
                + rounds.size() + " rounds (" + stop.label + ")");
        failures.forEach(f -> err.println("tvp: fork failed in " + f + " (see " + run.file(BenchRunner.LOG) + ")"));
        AbComparison ab = AbComparison.of(run.dir(), settings.compare(), looks());
        String md = AbMarkdown.render(ab);
        Files.writeString(run.file(MARKDOWN), md, StandardCharsets.UTF_8);
        Files.writeString(run.file(JSON), AbJson.render(ab), StandardCharsets.UTF_8);
        out.print(md);
        out.println();
        out.println("A/B: " + run.file(MARKDOWN) + ", " + run.file(JSON));
        out.flush();
        return ab.hasRegression() || !failures.isEmpty() ? BenchRunner.FAILED : 0;
    }

    /**
     * The profile's sequential design, but never fewer rounds than a comparison needs pairs
     * ({@link AbComparison#MIN_PAIRS}): an A/B of a smoke profile's single round could decide nothing. A measuring
     * profile's looks go on to {@link #MAX_ROUNDS}: after the first rounds only the undecided rows' configurations
     * run, seconds a round, so a change near the threshold gets the rounds it needs while the budget lasts.
     */
    private SequentialDesign design() {
        SequentialDesign design = settings.profile().design();
        if (design.minRounds() < AbComparison.MIN_PAIRS) {
            return new SequentialDesign(new int[] {AbComparison.MIN_PAIRS}, design.alpha());
        }
        return settings.profile().measures() ? design.extendedTo(MAX_ROUNDS) : design;
    }

    /** The sequential design's looks; each is judged at the family-wise α split over them. */
    private int looks() {
        return design().looks().length;
    }

    /** What running these configurations once on one side costs: measured fork times, else the profile's estimate. */
    private Duration cost(List<Configuration> configurations, Map<String, Long> measured) {
        return RoundDriver.cost(configurations, measured, settings.profile());
    }

    /** The rounds of both sides: pairs back to back, alternating order, extra rounds for undecided configurations. */
    private final class Rounds {
        private final RunDirectory run;
        private final long seed;
        private final Map<Side, MergedResults> merged;
        private final Map<Side, RoundLog> logs;
        private final List<PairsFile.Round> rounds;
        private final Map<Side, Map<Integer, ForkHost>> hosts;
        private final Map<Side, JmhCommand> commands;
        private final JmhProgress progress;
        private final Map<String, Path> files = new HashMap<>();
        private final List<String> failures;
        private final Map<String, Long> measuredPairs = new HashMap<>();
        private int undecided = -1;

        Rounds(RunDirectory run, long seed, Map<Side, MergedResults> merged, Map<Side, RoundLog> logs,
               List<PairsFile.Round> rounds, Map<Side, Map<Integer, ForkHost>> hosts, Map<Side, JmhCommand> commands,
               JmhProgress progress, Path scratch, List<String> failures) {
            this.run = run;
            this.seed = seed;
            this.merged = merged;
            this.logs = logs;
            this.rounds = rounds;
            this.hosts = hosts;
            this.commands = commands;
            this.progress = progress;
            this.failures = failures;
            for (Side side : Side.values()) {
                for (int i = 0; i < common.size(); i++) {
                    files.put(side.dir + common.get(i).key(), scratch.resolve(side.dir + "-" + i + ".json"));
                }
            }
        }

        RoundDriver.Stop run() throws IOException, InterruptedException {
            SequentialDesign design = design();
            long start = System.nanoTime();
            List<Configuration> next = common;
            for (int round = 1; ; round++) {
                if (round > design.minRounds()) {
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                    Duration cost = cost(next, measuredPairs).multipliedBy(2);
                    if (budget().filter(b -> elapsed.plus(cost).compareTo(b) > 0).isPresent()) {
                        return RoundDriver.Stop.BUDGET;
                    }
                }
                if (!round(round, design, RoundDriver.order(next, seed, round))) {
                    return RoundDriver.Stop.INTERRUPTED;
                }
                if (design.isLook(round) && round >= design.minRounds()) {
                    AbComparison look = AbComparison.of(run.dir(), settings.compare(), looks());
                    Set<String> open = look.rows().stream()
                            .filter(r -> r.outcome() != ChangeVerdict.EQUIVALENT && r.outcome() != ChangeVerdict.REGRESSION
                                    && r.outcome() != ChangeVerdict.IMPROVEMENT)
                            .map(AbRow::key).collect(Collectors.toSet());
                    undecided = open.size();
                    if (open.isEmpty()) {
                        return RoundDriver.Stop.ALL_DECIDED;
                    }
                    next = common.stream().filter(c -> open.contains(c.key())).toList();
                }
                if (round >= design.maxRounds()) {
                    return RoundDriver.Stop.LAST_LOOK;
                }
            }
        }

        private boolean round(int round, SequentialDesign design, List<Configuration> order)
                throws IOException, InterruptedException {
            List<Side> sides = round % 2 == 1 ? List.of(Side.BASE, Side.HEAD) : List.of(Side.HEAD, Side.BASE);
            rounds.add(new PairsFile.Round(round, sides.get(0).dir, order.stream().map(Configuration::key).toList()));
            new PairsFile(PairsFile.SCHEMA_VERSION, seed, builds.get(Side.BASE).side(), builds.get(Side.HEAD).side(),
                    rounds, onlyInBase, onlyInHead).write(run.dir());
            logs.values().forEach(l -> l.round(order));
            String label = round <= design.minRounds() ? Integer.toString(design.minRounds()) : "≤" + design.maxRounds();
            for (int i = 0; i < order.size(); i++) {
                Configuration c = order.get(i);
                long pairMillis = 0;
                for (int j = 0; j < 2; j++) {
                    if (isInterrupted()) {
                        return false;
                    }
                    Side side = sides.get(j);
                    Duration eta = cost(order.subList(i, order.size()), measuredPairs).multipliedBy(2)
                            .plus(cost(common, measuredPairs).multipliedBy(2L * Math.max(0, design.minRounds() - round)));
                    progress.fork(round, label, 2 * i + j + 1, 2 * order.size(), side.dir + ": " + c.label(), undecided, eta);
                    progress.clearError();
                    Path file = files.get(side.dir + c.key());
                    ForkHost.Fork fork = hosts.get(side).get(c.cores()).run(file, commands.get(side).fork(c));
                    if (isInterrupted()) {
                        return false;
                    }
                    pairMillis += fork.millis();
                    boolean ok = fork.ok() && Files.isRegularFile(file);
                    if (ok) {
                        merged.get(side).update(c, file);
                    } else {
                        failures.add("round " + round + ", " + side.dir + ": " + c.label()
                                + (progress.lastError() == null ? "" : ": " + progress.lastError()));
                    }
                    logs.get(side).fork(c, ok, fork.millis());
                }
                measuredPairs.put(c.key(), pairMillis / 2);
            }
            return true;
        }
    }

    private boolean isInterrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    private void killHosts() {
        List<ForkHost> all;
        synchronized (lock) {
            all = List.copyOf(hosts);
        }
        all.forEach(ForkHost::kill);
    }

    private void onInterrupt(RunDirectory run, PrintWriter err) {
        synchronized (lock) {
            interrupted = true;
        }
        killHosts();
        err.println("tvp: A/B interrupted; the forks measured so far are kept in " + run.dir());
        err.flush();
    }
}
