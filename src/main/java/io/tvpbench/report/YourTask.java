package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The analysis of one user's task ({@code tvp run --task}): its verdicts, scaling curves and break-even, filtered
 * from the suite-wide analysis, which treats it as the workload USER_TASK, plus its child JVM's start-up and
 * memory with the task's classpath.
 *
 * @param task      the task's class
 * @param scenario  the task with its concurrency, as the other analyses key it
 * @param async     whether ASYNC was measured; without it the task has no non-blocking form
 * @param childJvms the child JVM that loads the task, per machine and core count
 */
public record YourTask(String task, ScenarioKey scenario, List<Verdict> verdicts, List<Series> series,
                       List<BreakEven> breakEvens, List<ChildJvm> childJvms, boolean async) {

    /** A child JVM with the task loaded: time to ready and resident memory (NaN when not recorded). */
    public record ChildJvm(String machine, int cores, Interval startupMicros, double rssBytes) {
    }

    public YourTask {
        verdicts = List.copyOf(verdicts);
        series = List.copyOf(series);
        breakEvens = List.copyOf(breakEvens);
        childJvms = List.copyOf(childJvms);
    }

    /** One entry per task (and concurrency) in the input; empty for a run of the suite. */
    static List<YourTask> of(Analysis a) {
        List<YourTask> tasks = new ArrayList<>();
        for (ScenarioKey scenario : new TreeSet<>(a.throughputs().scenarios())) {
            if (!scenario.workload().equals(Vocabulary.USER_TASK)) {
                continue;
            }
            String task = scenario.params().getOrDefault(Vocabulary.TASK_PARAM, "");
            List<ChildJvm> children = a.measurements().stream()
                    .filter(m -> Vocabulary.USER_TASK_STARTUP_BENCHMARK.equals(m.result().simpleClassName())
                            && task.equals(m.result().param(Vocabulary.TASK_PARAM)))
                    .map(m -> new ChildJvm(m.machine(), m.cores(), m.micros(), m.secondary(Vocabulary.BYTES_PER_UNIT)))
                    .toList();
            boolean async = a.throughputs().contenders(scenario).stream()
                    .anyMatch(c -> c.strategy().equals(Vocabulary.ASYNC));
            tasks.add(new YourTask(task, scenario,
                    a.verdicts().stream().filter(v -> v.scenario().equals(scenario)).toList(),
                    a.series().stream().filter(s -> s.scenario().equals(scenario)).toList(),
                    a.breakEvens().stream().filter(b -> b.scenario().equals(scenario)).toList(),
                    children, async));
        }
        return tasks;
    }

    /**
     * The window of calls in flight as the benchmarks kept it: without {@code --concurrency} the pools and ASYNC get
     * a queue of 100 refilled when half empty, while a thread or JVM per call gets 2 per core, as many as keep the
     * cores busy while the next one starts.
     */
    public String concurrency() {
        String c = new TreeMap<>(scenario.params()).getOrDefault(Vocabulary.CONCURRENCY_PARAM, ScenarioKey.DEFAULT_CONCURRENCY);
        return c.equals(ScenarioKey.DEFAULT_CONCURRENCY)
                ? "up to 100 calls in flight (concurrency=default: a queue refilled when half empty; THREAD_PER_TASK and "
                        + "PROCESS_PER_TASK keep 2 per core, each call starting its own thread or JVM)"
                : c + " calls in flight (concurrency=" + c + ")";
    }
}
