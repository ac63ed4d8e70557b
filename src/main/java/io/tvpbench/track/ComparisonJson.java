package io.tvpbench.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a comparison as JSON for bots and dashboards (schema 2: verdicts of benchmarks with a measured control are
 * judged after dividing by its shift). Figures that do not exist (an untestable
 * benchmark's p-value) are {@code null}, never {@code NaN}, so that any JSON parser reads the file.
 */
public final class ComparisonJson {

    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 2;

    private ComparisonJson() {
    }

    public static String render(Comparison comparison) {
        ObjectNode root = JmhResults.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("result", comparison.hasRegression() ? "regression" : "no regression");
        root.put("exitCode", comparison.exitCode());
        root.put("headline", comparison.headline());
        side(root.putObject("baseline"), comparison.baseline(), comparison.baselineEnv());
        side(root.putObject("current"), comparison.current(), comparison.currentEnv());
        ObjectNode options = root.putObject("options");
        CompareOptions o = comparison.options();
        options.put("threshold", o.threshold());
        options.put("alpha", o.alpha());
        options.put("power", o.power());
        options.put("resamples", o.resamples());
        options.put("seed", o.seed());
        options.put("failOnEnvMismatch", o.failOnEnvMismatch());
        options.put("tests", comparison.tests());
        ObjectNode env = root.putObject("environment");
        env.put("differs", comparison.environment().differs());
        comparison.environment().differences().forEach(env.putArray("differences")::add);
        comparison.environment().unknown().forEach(env.putArray("unknown")::add);
        comparison.noControl().ifPresentOrElse(side -> root.put("noControl", side), () -> root.putNull("noControl"));
        ArrayNode controls = root.putArray("controls");
        for (ControlShift c : comparison.controls()) {
            ObjectNode control = controls.addObject();
            control.put("family", c.family());
            control.put("cores", c.cores());
            control.put("unit", c.unit());
            number(control, "baselineScore", c.baselineScore());
            number(control, "currentScore", c.currentScore());
            control.put("baselineForks", c.baselineForks());
            control.put("currentForks", c.currentForks());
            number(control, "shift", c.change());
            number(control, "shiftLow", c.changeLow());
            number(control, "shiftHigh", c.changeHigh());
            control.put("machineChanged", c.machineChanged());
        }
        ArrayNode machineChanges = root.putArray("machineChanges");
        comparison.machineChanges().forEach(c -> machineChanges.add(c.machineLine()));
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (BenchmarkChange c : comparison.changes()) {
            ObjectNode b = benchmarks.addObject();
            b.put("key", c.key());
            b.put("benchmark", c.benchmark());
            ObjectNode params = b.putObject("params");
            c.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> params.put(e.getKey(), e.getValue()));
            b.put("mode", c.mode());
            b.put("unit", c.unit());
            b.put("direction", c.direction().name());
            number(b, "baselineScore", c.baselineScore());
            number(b, "currentScore", c.currentScore());
            b.put("baselineForks", c.baselineForks());
            b.put("currentForks", c.currentForks());
            number(b, "change", c.change());
            number(b, "changeLow", c.changeLow());
            number(b, "changeHigh", c.changeHigh());
            number(b, "pValue", c.pValue());
            number(b, "adjustedP", c.adjustedP());
            number(b, "detectableChange", c.detectableChange());
            b.put("verdict", c.verdict().name());
            b.put("family", c.family());
            b.put("adjusted", c.adjusted());
            number(b, "controlShift", c.controlShift());
            number(b, "adjustedChange", c.adjustedChange());
            number(b, "adjustedLow", c.adjustedLow());
            number(b, "adjustedHigh", c.adjustedHigh());
        }
        comparison.onlyInBaseline().forEach(root.putArray("onlyInBaseline")::add);
        comparison.onlyInCurrent().forEach(root.putArray("onlyInCurrent")::add);
        try {
            return JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void side(ObjectNode node, String path, RunEnvironment env) {
        node.put("path", path);
        node.put("machine", env.machine());
        node.put("fingerprint", env.fingerprint());
        node.put("commit", env.gitCommit());
        node.put("jdk", env.jdkVersion());
    }

    static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
