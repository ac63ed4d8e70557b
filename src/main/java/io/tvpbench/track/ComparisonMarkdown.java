package io.tvpbench.track;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.text.Escape;
import io.tvpbench.text.Fmt;
import io.tvpbench.text.Names;

import java.util.List;
import java.util.Map;

/**
 * Renders a comparison as GitHub Markdown, fit for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}. Every
 * text from the input is escaped: a benchmark name cannot inject markup into the page it lands on.
 */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    public static String render(Comparison comparison) {
        StringBuilder md = new StringBuilder("## Benchmark comparison\n\n");
        md.append("Current ").append(describe(comparison.current(), comparison.currentEnv()))
                .append(" against baseline ").append(describe(comparison.baseline(), comparison.baselineEnv())).append(".\n\n");
        environment(md, comparison);
        md.append(comparison.hasRegression() ? "**Result: REGRESSION**" : "**Result: no regression**")
                .append(comparison.hasRegression() && !comparison.failsBuild() ? " (not failing: the environments differ)" : "")
                .append(" — ").append(Escape.markdown(comparison.headline())).append("\n\n");
        controls(md, comparison);
        legend(md, comparison);
        table(md, comparison.changes());
        keys(md, "Only in the baseline", comparison.onlyInBaseline());
        keys(md, "Only in the current run", comparison.onlyInCurrent());
        return md.toString();
    }

    private static void environment(StringBuilder md, Comparison comparison) {
        EnvironmentCheck env = comparison.environment();
        if (env.differs()) {
            md.append("> [!WARNING]\n> **The environments differ**, so a change below may come from the machine rather than the code");
            md.append(comparison.options().failOnEnvMismatch() ? ".\n" : "; regressions do not fail the build (use `--fail-on-env-mismatch` to fail anyway).\n");
            env.differences().forEach(d -> md.append("> - ").append(Escape.markdown(d)).append('\n'));
            md.append('\n');
        }
        env.unknown().forEach(u -> md.append("_Note: ").append(Escape.markdown(u)).append(", its environment was not checked._\n\n"));
    }

    /**
     * The machine's drift first: each family's control shift, and a line for every control that moved beyond the
     * threshold; or why no change below was adjusted.
     */
    private static void controls(StringBuilder md, Comparison comparison) {
        comparison.noControl().ifPresent(side -> md.append("_No control was measured in ").append(side)
                .append(": changes are not adjusted for the machine's drift between the runs._\n\n"));
        if (comparison.controls().isEmpty()) {
            return;
        }
        comparison.machineChanges().forEach(c -> md.append("**").append(Escape.markdown(capitalised(c.machineLine())))
                .append("**: its benchmarks are judged after dividing by that shift.\n\n"));
        md.append("### Controls (the machine's drift)\n\n");
        md.append("Each control's shift (current ÷ baseline, time per operation) with its ").append(Fmt.percentTenths(1 - comparison.options().alpha()))
                .append(" interval; bold where it moved beyond the threshold and the interval excludes no change.\n\n");
        md.append("| family | cores | baseline | current | shift | interval | forks |\n|---|---:|---:|---:|---:|---|---:|\n");
        for (ControlShift c : comparison.controls()) {
            md.append("| ").append(Escape.markdown(c.family())).append(" | ").append(Escape.markdown(c.cores()))
                    .append(" | ").append(Fmt.score(c.baselineScore())).append(" | ").append(Fmt.score(c.currentScore()))
                    .append(' ').append(Escape.markdown(c.unit()))
                    .append(" | ").append(c.machineChanged() ? "**" + Fmt.change(c.change()) + "**" : Fmt.change(c.change()))
                    .append(" | ").append(c.usable() ? "[" + Fmt.change(c.changeLow()) + ", " + Fmt.change(c.changeHigh()) + "]" : "–")
                    .append(" | ").append(c.baselineForks()).append('/').append(c.currentForks()).append(" |\n");
        }
        md.append('\n');
    }

    private static String capitalised(String line) {
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private static void legend(StringBuilder md, Comparison comparison) {
        CompareOptions o = comparison.options();
        md.append("A regression is a change beyond ").append(Fmt.percentTenths(o.threshold()))
                .append(" in the bad direction that a Welch t-test on fork means finds significant after Holm–Bonferroni over ")
                .append(comparison.tests()).append(" tests (family-wise α = ").append(o.alpha()).append("). Intervals: simultaneous ")
                .append(Fmt.percentTenths(1 - o.alpha())).append(" (each at ").append(Fmt.percentTenths(1 - o.alpha() / Math.max(1, comparison.tests())))
                .append(") hierarchical bootstrap, forks then iterations. *Detectable*: the smallest change these forks detect at that level with ")
                .append(Fmt.percentTenths(o.power())).append(" power; an \"undecided\" says nothing about smaller ones, while \"equivalent\" means the whole interval lies inside the threshold. Separate runs are compared unpaired (Welch and a bootstrap of their forks): only forks of one run share rounds. ")
                .append("With few forks the bootstrap interval is optimistic; the t-test, which accounts for the fork count, decides.");
        if (!comparison.controls().isEmpty()) {
            md.append(" *Adjusted*: the change divided by its family's control shift at the same core count (on the log scale the")
                    .append(" benchmark's log ratio minus its control's, both uncertainties counted, Welch–Satterthwaite degrees of freedom);")
                    .append(" where there is one, the verdict, the p-value and the detectable change are the adjusted change's,")
                    .append(" with its simultaneous interval. Benchmarks without a family (foreign or user-task) are not adjusted.");
        }
        md.append("\n\n");
    }

    private static void table(StringBuilder md, List<BenchmarkChange> changes) {
        md.append("| verdict | benchmark | params | mode | baseline | current | change | interval | adjusted (family) | adjusted interval | p (Holm) | forks | detectable |\n");
        md.append("|---|---|---|---|---:|---:|---:|---|---:|---|---:|---:|---:|\n");
        for (BenchmarkChange c : changes) {
            String verdict = c.verdict() == ChangeVerdict.REGRESSION ? "**regression**" : c.verdict().label();
            md.append("| ").append(verdict)
                    .append(" | ").append(Escape.markdown(Names.shortName(c.benchmark())))
                    .append(" | ").append(Escape.markdown(params(c.params())))
                    .append(" | ").append(Escape.markdown(c.mode() + " " + c.unit()))
                    .append(" | ").append(Fmt.score(c.baselineScore()))
                    .append(" | ").append(Fmt.score(c.currentScore()))
                    .append(" | ").append(Fmt.change(c.change()))
                    .append(" | ").append(Double.isNaN(c.changeLow()) ? "–"
                            : "[" + Fmt.change(c.changeLow()) + ", " + Fmt.change(c.changeHigh()) + "]")
                    .append(" | ").append(c.adjusted() ? Fmt.change(c.adjustedChange()) + " (" + Escape.markdown(c.family()) + ")" : "–")
                    .append(" | ").append(c.adjusted() ? "[" + Fmt.change(c.adjustedLow()) + ", " + Fmt.change(c.adjustedHigh()) + "]" : "–")
                    .append(" | ").append(Fmt.pValue(c.adjustedP()))
                    .append(" | ").append(c.baselineForks()).append('/').append(c.currentForks())
                    .append(" | ").append(Double.isNaN(c.detectableChange()) ? "–" : "±" + Fmt.percentTenths(c.detectableChange()))
                    .append(" |\n");
        }
    }

    private static String describe(String path, RunEnvironment env) {
        String where = Escape.markdown(path);
        if (!env.isKnown()) {
            return where;
        }
        String commit = env.gitCommit();
        return where + " (" + Escape.markdown(env.machine() + ", commit " + commit.substring(0, Math.min(10, commit.length()))) + ")";
    }

    private static void keys(StringBuilder md, String title, List<String> keys) {
        if (!keys.isEmpty()) {
            md.append("\n### ").append(title).append(" (").append(keys.size()).append(", not compared)\n\n");
            keys.forEach(k -> md.append("- ").append(Escape.markdown(k)).append('\n'));
        }
    }

    static String params(Map<String, String> params) {
        return params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
