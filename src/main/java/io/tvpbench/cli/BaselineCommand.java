package io.tvpbench.cli;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.track.Baselines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tvp baseline promote RUN}: makes a run the baseline that compare and the bench profile use. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Manages the baseline (bench-results/baseline/, tracked by git).",
        subcommands = BaselineCommand.Promote.class)
final class BaselineCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("baseline: missing subcommand (try: tvp baseline promote RUN)");
    }

    /** Copies a run's jmh-result.json, env.json and report.md into the baseline directory. */
    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = {"Makes RUN the baseline: copies its jmh-result.json, env.json and report.md into the",
                    "baseline directory (replacing what was there). Commit the result to share it."})
    static final class Promote implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "run directory or its jmh-result.json, e.g. bench-results/latest")
        Path run;

        @Option(names = "--baseline", paramLabel = "DIR", description = "baseline directory (default: ${DEFAULT-VALUE})",
                defaultValue = "bench-results/baseline")
        Path baselineDir;

        @Override
        public Integer call() {
            RunEnvironment env = Baselines.promote(run, baselineDir);
            spec.commandLine().getOut().println("baseline " + baselineDir + " now holds " + run
                    + (env.isKnown() ? " (" + env.machine() + ", commit " + env.gitCommit() + ")" : " (no env.json)"));
            return Tvp.OK;
        }
    }
}
