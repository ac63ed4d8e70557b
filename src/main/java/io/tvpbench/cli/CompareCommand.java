package io.tvpbench.cli;

import io.tvpbench.track.Compare;
import io.tvpbench.track.CompareOptions;
import io.tvpbench.track.Comparison;
import io.tvpbench.track.ComparisonJson;
import io.tvpbench.track.ComparisonMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tvp compare BASELINE CURRENT}: statistical A/B of two runs; exit 0 no regression, 1 regression, 2 bad input. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares a run with a baseline. The JMH fork is the unit of replication:",
                "Welch t-test on fork means, Holm-Bonferroni over all benchmarks,",
                "hierarchical bootstrap intervals, a minimum practical effect.",
                "Where both runs measured the controls, each benchmark is judged after",
                "dividing by its family's control shift (the machine's drift).",
                "Prints Markdown. Exit 0 = no regression, 1 = regression, 2 = bad input."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "baseline run directory or jmh-result.json, e.g. bench-results/baseline")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "current run directory or jmh-result.json, e.g. bench-results/latest")
    Path current;

    @Mixin
    ComparisonOptions comparison = new ComparisonOptions();

    @Option(names = {"--fail-on-env-mismatch", "--strict"},
            description = "fail on a regression even when the two environments differ")
    boolean failOnEnvMismatch;

    @Override
    public Integer call() {
        CompareOptions options = this.comparison.options().withFailOnEnvMismatch(failOnEnvMismatch);
        Comparison comparison = Compare.run(baseline, current, options);
        String md = ComparisonMarkdown.render(comparison);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        this.comparison.write(md, ComparisonJson.render(comparison));
        if (comparison.hasRegression() && !comparison.failsBuild()) {
            spec.commandLine().getErr().println("tvp: regression found but the environments differ; not failing"
                    + " (use --fail-on-env-mismatch to fail)");
        }
        return comparison.exitCode();
    }
}
