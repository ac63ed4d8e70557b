package io.tvpbench.cli;

import io.tvpbench.run.AbRunner;
import io.tvpbench.run.BenchRunner;
import io.tvpbench.run.ForkJvmOptions;
import io.tvpbench.run.Profile;
import io.tvpbench.run.UserTaskRun;
import io.tvpbench.track.CompareOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tvp run}: the benchmark matrix over enforced core counts, without Maven's test phase. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the JMH benchmarks in rounds, pinned per core count, and writes a run directory and its report.",
                "With --task: measures your own task (io.tvpbench.api.Task) under every strategy instead."})
public final class RunCommand implements Callable<Integer> {

    /** System property naming the benchmarks jar (set by Failsafe); otherwise the jar this class came from. */
    static final String JAR_PROPERTY = "tvp.benchmarksJar";

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", defaultValue = "standard", converter = ProfileConverter.class,
            description = "smoke, quick, standard or full (default: ${DEFAULT-VALUE})")
    Profile profile;

    @Option(names = "--cores", description = "core counts, e.g. 1,2 (default: 1, 2, 4, … up to nproc; smoke: 1; quick: nproc)")
    String cores;

    @Option(names = "--include", description = "regex selecting benchmarks by name, as JMH matches it (default: all)")
    String include;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=V1[,V2…]",
            description = "run only these values of a benchmark param, as JMH's -p (repeatable); a strategy and "
                    + "sharing mode that cannot go together are refused")
    List<String> params = List.of();

    @Option(names = "--out", defaultValue = "bench-results", description = "where run directories go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--baseline", defaultValue = "bench-results/baseline",
            description = "run directory or jmh-result.json to compare with (default: ${DEFAULT-VALUE})")
    Path baseline;

    @Option(names = "--fail-on-regression", arity = "0..1", fallbackValue = "true", defaultValue = "false",
            description = "exit 1 when the comparison with the baseline finds a regression")
    boolean failOnRegression;

    @Option(names = "--fork-jvm-options", paramLabel = "FLAGS",
            description = "JVM flags every JMH fork gets, separated by spaces or commas, replacing the pinned default "
                    + "(G1, 256 MiB pre-touched heap, 1 GC thread, 2 compiler threads); 'none' pins nothing")
    String forkJvmOptions;

    @CommandLine.ArgGroup(exclusive = false, heading = "Your own task instead of the suite:%n")
    UserTaskOptions userTask = new UserTaskOptions();

    @Option(names = "--no-python", arity = "0..1", fallbackValue = "true", defaultValue = "false",
            description = "skip the real-CPython comparison that standard and full runs add when python3 >= 3.8 is on PATH")
    boolean noPython;

    @Option(names = "--against", paramLabel = "REF_OR_JAR",
            description = "run a same-run A/B of this build (head) against REF_OR_JAR (base) instead, as tvp ab --base")
    String against;

    @Option(names = "--seed", description = "seed of the rounds' shuffled order, to repeat a run's order (default: random, recorded in rounds.json)")
    Long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (against != null && !against.isBlank()) {
            return ab();
        }
        UserTaskRun task = userTask != null && userTask.given()
                ? userTask.check(include, spec.commandLine().getOut()) : null;
        BenchRunner runner = BenchRunner.prepare(new BenchRunner.Settings(profile, cores, include, out, baseline,
                failOnRegression, benchmarksJar(), ForkJvmOptions.parse(forkJvmOptions), noPython, parseParams(params),
                seed, task));
        try {
            return runner.run(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code -Dbench.against}: the A/B instead of a single-build run; a regression fails only with --fail-on-regression. */
    private int ab() throws InterruptedException {
        if (userTask != null && userTask.given()) {
            throw new IllegalArgumentException("--against compares the suite of two builds; it cannot be combined with --task");
        }
        int code = AbCommand.run(new AbRunner.Settings(against, null, null, null, profile, cores, include,
                parseParams(params), out, ForkJvmOptions.parse(forkJvmOptions), seed, CompareOptions.defaults(),
                benchmarksJar()), new ComparisonOptions(), spec);
        if (code == Tvp.REGRESSION && !failOnRegression) {
            spec.commandLine().getErr().println("tvp: the A/B found a regression or a failed fork; not failing (--fail-on-regression is off)");
            return Tvp.OK;
        }
        return code;
    }

    /** {@code name=v1,v2} options as a map; a malformed or repeated one is bad input. */
    static Map<String, List<String>> parseParams(List<String> options) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            List<String> values = eq < 0 ? List.of() : Arrays.stream(option.substring(eq + 1).split(","))
                    .map(String::trim).filter(v -> !v.isEmpty()).toList();
            if (eq <= 0 || values.isEmpty()) {
                throw new IllegalArgumentException("--param '" + option + "': expected NAME=VALUE[,VALUE...]");
            }
            if (params.put(option.substring(0, eq).trim(), values) != null) {
                throw new IllegalArgumentException("--param " + option.substring(0, eq).trim() + " given twice");
            }
        }
        return params;
    }

    static Path benchmarksJar() {
        String property = System.getProperty(JAR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path fallback = Path.of("target", "benchmarks.jar");
        CodeSource source = RunCommand.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return fallback;
        }
        try {
            Path self = Path.of(source.getLocation().toURI());
            return self.toString().endsWith(".jar") ? self : fallback;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Profile names as users type them, with an error that lists the valid ones. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
