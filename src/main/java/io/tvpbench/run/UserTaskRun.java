package io.tvpbench.run;

import io.tvpbench.workload.UserTaskSource;

import java.util.List;
import java.util.Map;

/**
 * A run of a user's task: where the task comes from (handed to the JMH process and its forks in the
 * environment) and the params its benchmarks run with (the task's class, the strategies, the concurrency).
 */
public record UserTaskRun(UserTaskSource source, Map<String, List<String>> params) {

    public UserTaskRun {
        params = Map.copyOf(params);
    }
}
