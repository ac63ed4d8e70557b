package io.tvpbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.Outcome;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}, schema version {@value #SCHEMA_VERSION} (documented in the README): the same analyses as
 * the report, for programs. Fields are only ever added within a version; a missing number is {@code null}.
 */
final class JsonRenderer implements ReportFormat.Renderer {

    static final int SCHEMA_VERSION = 1;

    @Override
    public String render(Report report) {
        ObjectNode root = JmhResults.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "tvp-bench");
        ArrayNode inputs = root.putArray("inputs");
        for (LoadedRun run : report.analysis().runs()) {
            ObjectNode in = inputs.addObject();
            in.put("source", String.valueOf(run.source()));
            in.put("machine", run.environment().machine());
            in.put("fingerprint", run.environment().fingerprint());
            in.put("jdk", run.environment().isKnown() ? run.environment().jdkVersion() : run.results().get(0).jdkVersion());
            in.put("coresEnforced", run.environment().coresEnforced());
            in.put("results", run.results().size());
        }
        report.analysis().warnings().forEach(root.putArray("warnings")::add);
        root.putObject("trendFlags").put("forks", report.analysis().trendFlags().forks())
                .put("flagged", report.analysis().trendFlags().flagged().size());
        results(report.analysis(), root.putArray("results"));
        verdicts(report.analysis().verdicts(), root.putArray("verdicts"));
        scaling(report.analysis().series(), root.putArray("scaling"));
        startup(report.analysis(), root.putArray("startup"));
        dispatch(report.analysis(), root.putArray("dispatch"));
        breakEven(report.analysis().breakEvens(), root.putArray("breakEven"));
        gil(report.analysis(), root.putArray("gil"));
        yourTask(YourTask.of(report.analysis()), root.putArray("yourTask"));
        sharing(report.analysis(), root.putArray("sharing"));
        timer(TimerCap.of(report.analysis()), root.putArray("ioTimer"));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JmhResults.mapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void results(Analysis analysis, ArrayNode array) {
        for (Measurement m : analysis.measurements()) {
            JmhResult r = m.result();
            ObjectNode o = array.addObject();
            o.put("machine", m.machine());
            o.put("key", r.key());
            o.put("benchmark", r.benchmark());
            o.put("mode", r.mode());
            ObjectNode params = o.putObject("params");
            r.params().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> params.put(e.getKey(), e.getValue()));
            o.put("unit", r.primaryMetric().scoreUnit());
            number(o, "score", r.primaryMetric().score());
            number(o, "scoreError", r.primaryMetric().scoreError() == null ? Double.NaN : r.primaryMetric().scoreError());
            interval(o, m.interval());
            o.put("forks", m.forkMeans().length);
            ObjectNode secondary = o.putObject("secondary");
            r.secondaryMetrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> number(secondary, e.getKey(), e.getValue().score()));
        }
    }

    /** The GIL lens's speed-ups, JVM and CPython, each over its own runtime's sequential run at 1 core. */
    private static void gil(Analysis analysis, ArrayNode array) {
        for (GilComparison.Row r : analysis.gil().rows()) {
            ObjectNode o = array.addObject();
            o.put("runtime", r.runtime());
            o.put("strategy", r.strategy());
            o.put("lock", r.lock());
            o.put("grain", r.grain());
            o.put(Vocabulary.CORES_PARAM, r.cores());
            number(o, "speedup", r.speedup().estimate());
            number(o, "ciLow", r.speedup().low());
            number(o, "ciHigh", r.speedup().high());
            o.put("machine", r.machine());
        }
    }

    private static void verdicts(List<Verdict> verdicts, ArrayNode array) {
        for (Verdict v : verdicts) {
            ObjectNode o = array.addObject();
            scenario(o, v.scenario());
            o.put("machine", v.machine());
            o.put(Vocabulary.CORES_PARAM, v.cores());
            o.put("winner", v.winner().label());
            number(o, "winnerTasksPerSecond", v.winnerTasksPerSecond());
            o.put("runnerUp", v.runnerUp() == null ? null : v.runnerUp().label());
            number(o, "margin", v.margin());
            number(o, "marginLow", v.marginInterval().low());
            number(o, "marginHigh", v.marginInterval().high());
            o.put("clear", v.clear());
            v.tied().forEach(c -> o.withArray("tied").add(c.label()));
            o.putIfAbsent("tied", o.arrayNode());
            o.put("method", v.method());
            o.put("outcome", v.outcome().label());
            o.put("paired", v.paired());
            o.put("rounds", v.rounds());
            v.contenders().forEach(c -> o.withArray("contenders").add(c.label()));
            if (v.outcome() == Outcome.UNDECIDED) {
                o.put("moreRounds", v.moreRounds());
                if (!Double.isNaN(v.moreSeconds())) {
                    number(o, "moreSeconds", v.moreSeconds());
                }
            }
            if (v.outcome() == Outcome.PARTIAL) {
                o.put("strategies", v.strategies());
                o.put("strategiesExpected", v.strategiesExpected());
            }
        }
    }

    private static void scaling(List<Series> series, ArrayNode array) {
        for (Series s : series) {
            ObjectNode o = array.addObject();
            scenario(o, s.scenario());
            contender(o, s.contender());
            o.put("machine", s.machine());
            ArrayNode points = o.putArray("points");
            for (Series.Step st : s.steps()) {
                ObjectNode p = points.addObject();
                p.put(Vocabulary.CORES_PARAM, st.cores());
                p.put("machine", st.machine());
                number(p, "tasksPerSecond", st.tasksPerSecond().estimate());
                interval(p, st.tasksPerSecond());
                number(p, "speedup", st.speedup());
                number(p, "efficiency", st.efficiency());
            }
            if (s.usl().isPresent()) {
                ObjectNode usl = o.putObject("usl");
                number(usl, "lambda", s.usl().get().lambda());
                number(usl, "sigma", s.usl().get().sigma());
                number(usl, "kappa", s.usl().get().kappa());
                number(usl, "rSquared", s.usl().get().rSquared());
                number(usl, "peakCores", s.usl().get().peakCores().orElse(Double.NaN));
            } else {
                o.putNull("usl");
            }
        }
    }

    private static void startup(Analysis analysis, ArrayNode array) {
        for (Rung r : analysis.ladder()) {
            ObjectNode o = array.addObject();
            o.put("machine", r.machine());
            o.put("benchmark", r.benchmark());
            o.put("label", r.group());
            o.put("variant", r.variant());
            number(o, "micros", r.micros().estimate());
            interval(o, r.micros());
            number(o, "p99Micros", r.p99());
            number(o, "savingOverDefaultMicros", r.saving());
            o.put("note", r.note());
        }
    }

    private static void dispatch(Analysis analysis, ArrayNode array) {
        for (Floor f : analysis.floors()) {
            ObjectNode o = array.addObject();
            o.put("machine", f.machine());
            o.put("strategy", f.strategy());
            o.put(Vocabulary.CORES_PARAM, f.cores());
            number(o, "roundTripMicros", f.roundTrip().estimate());
            interval(o, f.roundTrip());
            number(o, "roundTripP99Micros", f.roundTripP99());
            o.put("floor", f.floorName());
            number(o, "floorMicros", f.floor() == null ? Double.NaN : f.floor().estimate());
            number(o, "floorP99Micros", f.floorP99());
            number(o, "spinningFloorMicros", f.limit() == null ? Double.NaN : f.limit().estimate());
            number(o, "ratio", f.ratio());
            o.put("floorUnreliable", f.unreliable());
        }
    }

    private static void timer(List<TimerCap> caps, ArrayNode array) {
        for (TimerCap c : caps) {
            ObjectNode o = array.addObject();
            scenario(o, c.scenario());
            o.put("machine", c.machine());
            contender(o, c.contender());
            o.put(Vocabulary.CORES_PARAM, c.cores());
            number(o, "tasksPerSecond", c.tasksPerSecond().estimate());
            interval(o, c.tasksPerSecond());
            number(o, "ideal", c.ideal());
            number(o, "efficiency", c.efficiency());
            o.put("timer", c.timer());
            number(o, "floorMicros", c.floor() == null ? Double.NaN : c.floor().estimate());
            number(o, "floorCiLow", c.floor() == null ? Double.NaN : c.floor().low());
            number(o, "floorCiHigh", c.floor() == null ? Double.NaN : c.floor().high());
            number(o, "cap", c.cap());
            number(o, "ofCap", c.ofCap());
        }
    }

    private static void breakEven(List<BreakEven> breakEvens, ArrayNode array) {
        for (BreakEven b : breakEvens) {
            ObjectNode o = array.addObject();
            scenario(o, b.scenario());
            o.put("machine", b.machine());
            o.put(Vocabulary.CORES_PARAM, b.cores());
            o.put("threads", b.threads().label());
            number(o, "threadTasksPerSecond", b.threadTasksPerSecond());
            o.put("pool", b.pool().label());
            number(o, "poolTasksPerSecond", b.poolTasksPerSecond());
            number(o, "startupMicros", b.startupMicros());
            o.put("startupSource", b.startupSource());
            o.put("never", b.never());
            number(o, "tasks", b.tasks());
        }
    }

    /** Each user's task: the same verdict, scaling and break-even rows as above, and its child JVM. */
    private static void yourTask(List<YourTask> tasks, ArrayNode array) {
        for (YourTask t : tasks) {
            ObjectNode o = array.addObject();
            o.put(Vocabulary.TASK_PARAM, t.task());
            scenario(o, t.scenario());
            o.put("asyncApplicable", t.async());
            verdicts(t.verdicts(), o.putArray("verdicts"));
            scaling(t.series(), o.putArray("scaling"));
            breakEven(t.breakEvens(), o.putArray("breakEven"));
            ArrayNode children = o.putArray("childJvm");
            for (YourTask.ChildJvm c : t.childJvms()) {
                ObjectNode child = children.addObject();
                child.put("machine", c.machine());
                child.put(Vocabulary.CORES_PARAM, c.cores());
                number(child, "startupMicros", c.startupMicros().estimate());
                interval(child, c.startupMicros());
                number(child, "rssBytes", c.rssBytes());
            }
        }
    }

    private static void sharing(Analysis analysis, ArrayNode array) {
        for (UpdateCost u : analysis.updateCosts()) {
            ObjectNode o = array.addObject();
            scenario(o, u.scenario());
            o.put("machine", u.machine());
            o.put(Vocabulary.CORES_PARAM, u.cores());
            o.put("strategy", u.contender().strategy());
            o.put("sharing", u.sharing());
            number(o, "tasksPerSecond", u.tasksPerSecond().estimate());
            interval(o, u.tasksPerSecond());
            number(o, "baselineTasksPerSecond", u.baseline() == null ? Double.NaN : u.baseline().estimate());
            number(o, "updateMicros", u.updateMicros());
            o.put("withinNoise", u.withinNoise());
        }
    }

    private static void scenario(ObjectNode o, ScenarioKey s) {
        o.put("workload", s.workload());
        ObjectNode params = o.putObject("scenario");
        s.params().forEach(params::put);
    }

    private static void contender(ObjectNode o, Contender c) {
        o.put("strategy", c.strategy());
        ObjectNode params = o.putObject("contender");
        c.params().forEach(params::put);
    }

    private static void interval(ObjectNode o, Interval i) {
        number(o, "ciLow", i.low());
        number(o, "ciHigh", i.high());
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
