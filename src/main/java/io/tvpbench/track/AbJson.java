package io.tvpbench.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a same-run A/B as JSON (docs/formats.md, schema 1): {@code rows[]} with {@code benchmark}, {@code params},
 * {@code mode}, {@code outcome}, {@code change}, {@code ciLow}, {@code ciHigh}, {@code pairs}; figures that do not
 * exist are {@code null}, never NaN.
 */
public final class AbJson {

    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private AbJson() {
    }

    public static String render(AbComparison ab) {
        ObjectNode root = JmhResults.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("result", ab.hasRegression() ? "regression" : "no regression");
        root.put("exitCode", ab.exitCode());
        root.set("base", JmhResults.mapper().valueToTree(ab.pairs().base()));
        root.set("head", JmhResults.mapper().valueToTree(ab.pairs().head()));
        root.put("rounds", ab.pairs().rounds().size());
        root.put("threshold", ab.options().threshold());
        root.put("alpha", ab.options().alpha());
        root.put("looks", ab.looks());
        root.put("power", ab.options().power());
        root.put("tests", ab.tests());
        ArrayNode rows = root.putArray("rows");
        for (AbRow r : ab.rows()) {
            ObjectNode row = rows.addObject();
            row.put("benchmark", r.benchmark());
            ObjectNode params = row.putObject("params");
            r.params().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> params.put(e.getKey(), e.getValue()));
            row.put("mode", r.mode());
            row.put("unit", r.unit());
            row.put("outcome", outcome(r.outcome()));
            ComparisonJson.number(row, "change", r.change());
            ComparisonJson.number(row, "ciLow", r.ciLow());
            ComparisonJson.number(row, "ciHigh", r.ciHigh());
            row.put("pairs", r.pairs());
            ComparisonJson.number(row, "baseScore", r.baseScore());
            ComparisonJson.number(row, "headScore", r.headScore());
            ComparisonJson.number(row, "adjustedP", r.pValue());
            ComparisonJson.number(row, "detectableChange", r.detectable());
        }
        ab.pairs().onlyInBase().forEach(root.putArray("onlyInBase")::add);
        ab.pairs().onlyInHead().forEach(root.putArray("onlyInHead")::add);
        try {
            return JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** regression, improvement, equivalent or undecided (a row without two pairs is undecided); changed when the unit has no direction. */
    static String outcome(ChangeVerdict verdict) {
        return switch (verdict) {
            case UNTESTABLE -> "undecided";
            default -> verdict.name().toLowerCase(Locale.ROOT);
        };
    }
}
