package io.tvpbench.cli;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.run.AbRunner;
import io.tvpbench.run.ForkJvmOptions;
import io.tvpbench.run.Profile;
import io.tvpbench.track.AbComparison;
import io.tvpbench.track.AbJson;
import io.tvpbench.track.AbMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tvp ab}: two builds, or one build on two JDKs, measured in alternating rounds of one run and compared
 * pairwise; the CI gate for code changes. Exit 0 no regression, 1 regression (or a failed fork), 2 bad input.
 */
@Command(name = "ab", mixinStandardHelpOptions = true,
        description = {"Measures two builds (git refs or benchmarks jars), or one build on two JDKs, in alternating",
                "rounds of one run: the two forks of a configuration run back to back, so machine drift cancels.",
                "Paired log ratios, Holm over the matrix, a 5%% minimum effect. Exit 0 = no regression, 1 = regression, 2 = bad input."})
final class AbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--base", paramLabel = "REF_OR_JAR",
            description = "the build to compare against: a git ref (built in a temporary worktree) or a benchmarks jar")
    String base;

    @Option(names = "--head", paramLabel = "REF_OR_JAR", description = "the build under test (default: this working tree's target/benchmarks.jar)")
    String head;

    @Option(names = "--base-java", paramLabel = "PATH", description = "JDK home or java executable for the base side (default: the JDK running tvp)")
    Path baseJava;

    @Option(names = "--head-java", paramLabel = "PATH", description = "JDK home or java executable for the head side (default: the JDK running tvp)")
    Path headJava;

    @Option(names = "--profile", defaultValue = "quick", converter = RunCommand.ProfileConverter.class,
            description = "smoke, quick, standard or full (default: ${DEFAULT-VALUE}); the A/B's budget is twice the profile's")
    Profile profile;

    @Option(names = "--cores", description = "core counts, e.g. 1,2 (default as tvp run)")
    String cores;

    @Option(names = "--include", description = "regex selecting benchmarks by name, as JMH matches it (default: all)")
    String include;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=V1[,V2…]", description = "run only these values of a benchmark param (repeatable)")
    List<String> params = List.of();

    @Option(names = "--out", defaultValue = "bench-results", description = "where the A/B run directory goes (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--fork-jvm-options", paramLabel = "FLAGS", description = "JVM flags every JMH fork of both sides gets (as tvp run)")
    String forkJvmOptions;

    @Option(names = "--seed", description = "seed of the rounds' shuffled order (default: random, recorded in pairs.json)")
    Long seed;

    @Option(names = "--from", paramLabel = "RUN_DIR",
            description = "compare a finished A/B run directory again (e.g. with another --threshold), measuring nothing")
    Path from;

    @Mixin
    ComparisonOptions comparison = new ComparisonOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (from != null) {
            return again();
        }
        if (base == null || base.isBlank()) {
            throw new BadInputException("give the build to compare against with --base REF_OR_JAR (or --from RUN_DIR)");
        }
        return run(new AbRunner.Settings(base, head, baseJava, headJava, profile, cores, include,
                RunCommand.parseParams(params), out, ForkJvmOptions.parse(forkJvmOptions), seed,
                comparison.options(), RunCommand.benchmarksJar()), comparison, spec);
    }

    /** The comparison of a finished A/B, at the looks its env.json records (one when it records none). */
    private int again() {
        RunEnvironment.Rounds rounds = RunEnvironment.near(from).rounds();
        int looks = rounds == null || rounds.looks().isEmpty() ? 1 : rounds.looks().size();
        AbComparison ab = AbComparison.of(from, comparison.options(), looks);
        String md = AbMarkdown.render(ab);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        comparison.write(md, AbJson.render(ab));
        return ab.exitCode();
    }

    /** Prepares and runs an A/B and copies its comparison to the files asked for; {@code tvp run --against} comes here too. */
    static int run(AbRunner.Settings settings, ComparisonOptions output, CommandSpec spec) throws InterruptedException {
        AbRunner runner = AbRunner.prepare(settings, spec.commandLine().getOut());
        try {
            int code = runner.run(spec.commandLine().getOut(), spec.commandLine().getErr());
            Path dir = runner.directory();
            if (dir != null && Files.isRegularFile(dir.resolve(AbRunner.JSON))) {
                output.write(Files.readString(dir.resolve(AbRunner.MARKDOWN)), Files.readString(dir.resolve(AbRunner.JSON)));
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
