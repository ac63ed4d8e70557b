package io.tvpbench.track;

import io.tvpbench.results.PairsFile;
import io.tvpbench.text.Escape;
import io.tvpbench.text.Fmt;
import io.tvpbench.text.Names;

import java.util.List;

/**
 * Renders a same-run A/B as GitHub Markdown for {@code $GITHUB_STEP_SUMMARY}: the answer first, then the regressions,
 * improvements and undecided rows in full, equivalent rows counted. Every text from the input is escaped.
 */
public final class AbMarkdown {

    private AbMarkdown() {
    }

    public static String render(AbComparison ab) {
        PairsFile pairs = ab.pairs();
        StringBuilder md = new StringBuilder("## Same-run A/B\n\n");
        md.append("Head ").append(describe(pairs.head())).append(" against base ").append(describe(pairs.base()))
                .append(", measured in ").append(pairs.rounds().size()).append(" alternating rounds on one machine.\n\n");
        md.append(ab.hasRegression() ? "**Result: REGRESSION**" : "**Result: no regression**").append(" — ")
                .append(ab.count(ChangeVerdict.REGRESSION)).append(" regressions, ")
                .append(ab.count(ChangeVerdict.IMPROVEMENT)).append(" improvements, ")
                .append(ab.count(ChangeVerdict.EQUIVALENT)).append(" equivalent, ")
                .append(ab.count(ChangeVerdict.UNDECIDED) + ab.count(ChangeVerdict.UNTESTABLE) + ab.count(ChangeVerdict.CHANGED))
                .append(" undecided of ").append(ab.rows().size()).append(" configurations.\n\n");
        CompareOptions o = ab.options();
        md.append("Each configuration's change is the mean of its per-round log ratios (head / base, the two forks of a round")
                .append(" seconds apart, in alternating order) of fork means, or of fork medians for sampled times (base and head show JMH's scores). A regression is a change whose interval lies entirely beyond ")
                .append(Fmt.percentTenths(o.threshold())).append(" in the bad direction, Holm over ").append(ab.tests())
                .append(" configurations at family-wise α = ").append(o.alpha())
                .append(ab.looks() > 1 ? " split over the run's " + ab.looks() + " looks" : "")
                .append("; equivalent means the whole interval lies inside ±").append(Fmt.percentTenths(o.threshold()))
                .append(". *Detectable*: the change these pairs would find with ").append(Fmt.percentTenths(o.power()))
                .append(" power; an undecided row says nothing about smaller ones.\n\n");
        List<AbRow> shown = ab.rows().stream().filter(r -> r.outcome() != ChangeVerdict.EQUIVALENT).toList();
        if (!shown.isEmpty()) {
            table(md, shown);
        }
        if (ab.count(ChangeVerdict.EQUIVALENT) > 0) {
            md.append("\n<details><summary>").append(ab.count(ChangeVerdict.EQUIVALENT)).append(" equivalent configurations</summary>\n\n");
            table(md, ab.rows().stream().filter(r -> r.outcome() == ChangeVerdict.EQUIVALENT).toList());
            md.append("\n</details>\n");
        }
        keys(md, "Only in the base build", pairs.onlyInBase());
        keys(md, "Only in the head build", pairs.onlyInHead());
        return md.toString();
    }

    private static void table(StringBuilder md, List<AbRow> rows) {
        md.append("| outcome | benchmark | params | mode | base | head | change | interval | pairs | detectable |\n");
        md.append("|---|---|---|---|---:|---:|---:|---|---:|---:|\n");
        for (AbRow r : rows) {
            md.append("| ").append(label(r.outcome()))
                    .append(" | ").append(Escape.markdown(Names.shortName(r.benchmark())))
                    .append(" | ").append(Escape.markdown(ComparisonMarkdown.params(r.params())))
                    .append(" | ").append(Escape.markdown(r.mode() + " " + r.unit()))
                    .append(" | ").append(Fmt.score(r.baseScore()))
                    .append(" | ").append(Fmt.score(r.headScore()))
                    .append(" | ").append(Fmt.change(r.change()))
                    .append(" | ").append(Double.isNaN(r.ciLow()) ? "–" : "[" + Fmt.change(r.ciLow()) + ", " + Fmt.change(r.ciHigh()) + "]")
                    .append(" | ").append(r.pairs())
                    .append(" | ").append(Double.isNaN(r.detectable()) ? "–" : "±" + Fmt.percentTenths(r.detectable()))
                    .append(" |\n");
        }
    }

    private static String label(ChangeVerdict outcome) {
        return switch (outcome) {
            case REGRESSION -> "**regression**";
            case UNTESTABLE -> "undecided (< " + AbComparison.MIN_PAIRS + " pairs)";
            default -> outcome.label();
        };
    }

    private static String describe(PairsFile.Side side) {
        String commit = side.commit() == null || side.commit().isBlank() ? "" : ", commit " + side.commit().substring(0, Math.min(10, side.commit().length()));
        return "`" + Escape.markdown(side.label()) + "` (" + Escape.markdown("JDK " + side.javaVersion() + commit) + ")";
    }

    private static void keys(StringBuilder md, String title, List<String> keys) {
        if (!keys.isEmpty()) {
            md.append("\n### ").append(title).append(" (").append(keys.size()).append(", not measured)\n\n");
            keys.forEach(k -> md.append("- ").append(Escape.markdown(k)).append('\n'));
        }
    }
}
