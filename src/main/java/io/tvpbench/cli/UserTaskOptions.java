package io.tvpbench.cli;

import io.tvpbench.run.UserTaskRun;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.UserTaskException;
import io.tvpbench.workload.UserTaskSource;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tvp run --task CLASS --classpath CP ...}: the user's own task instead of the suite. Everything that can
 * be wrong with the task itself (not found, not a task, no public no-arg constructor, a failing {@code setUp})
 * is found here, by loading and setting it up once in this JVM, before anything is measured.
 */
public final class UserTaskOptions {

    @Option(names = "--task", description = "your task's class (implements io.tvpbench.api.Task): measure it instead of the suite")
    String task;

    @Option(names = "--classpath", description = "your task's classpath: jars and directories joined by '${sys:path.separator}', dir/* for a directory's jars")
    String classpath;

    @Option(names = "--task-arg", defaultValue = "", description = "the argument your task's setUp receives (default: empty)")
    String taskArg;

    @Option(names = "--concurrency", description = "calls of your task in flight at once (default: a queue of 100; two per core for a thread or JVM per task)")
    String concurrency;

    @Option(names = "--task-timeout", defaultValue = "60",
            description = "seconds one call of your task may take before it counts as hung and is killed (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--strategy", split = ",", description = "only these strategies, e.g. FIXED_POOL,PROCESS_POOL (default: all)")
    List<String> strategies;

    /** Whether the run measures a user's task rather than the suite. */
    boolean given() {
        return !blank(task) || !blank(classpath);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Checks the options and the task, prints what does not apply (ASYNC for a task without a non-blocking form)
     * and returns the run.
     *
     * @throws BadInputException one line naming the problem
     */
    UserTaskRun check(String include, PrintWriter out) {
        if (blank(task) || blank(classpath)) {
            throw new BadInputException("--task and --classpath go together: --task CLASS --classpath CP");
        }
        if (include != null && !include.isBlank()) {
            throw new BadInputException("--include selects the suite's benchmarks; with --task use --strategy");
        }
        if (!blank(concurrency) && !concurrency.strip().matches("[1-9][0-9]{0,8}")) {
            throw new BadInputException("--concurrency must be a positive number: " + concurrency);
        }
        if (timeoutSeconds <= 0) {
            throw new BadInputException("--task-timeout must be a positive number of seconds: " + timeoutSeconds);
        }
        List<Strategy> chosen = strategies == null ? Arrays.asList(Strategy.values())
                : strategies.stream().map(UserTaskOptions::strategy).toList();
        UserTaskSource source;
        LoadedTask loaded;
        try {
            source = UserTaskSource.resolve(task, classpath, taskArg, Duration.ofSeconds(timeoutSeconds));
            loaded = LoadedTask.load(source);
        } catch (UserTaskException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!loaded.nonBlocking() && chosen.contains(Strategy.ASYNC)) {
            out.println("ASYNC: not applicable (the task blocks): " + task + " does not implement io.tvpbench.api.NonBlockingTask");
            chosen = chosen.stream().filter(s -> s != Strategy.ASYNC).toList();
        }
        if (chosen.isEmpty()) {
            throw new BadInputException("--strategy leaves no strategy that applies to " + task);
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("task", List.of(task));
        params.put("strategy", chosen.stream().map(Strategy::name).toList());
        if (!blank(concurrency)) {
            params.put("concurrency", List.of(concurrency.strip()));
        }
        return new UserTaskRun(source, params);
    }

    private static Strategy strategy(String name) {
        try {
            return Strategy.parse(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--strategy: " + e.getMessage());
        }
    }
}
