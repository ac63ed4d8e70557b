package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.UserTaskSource;

/**
 * The user's task as a fork sees it: named by the {@code task} param, its classpath, argument and timeout in the
 * environment the runner set, loaded here and, with the same classpath, in every child JVM.
 */
record UserTask(UserTaskSource source, LoadedTask loaded) {

    /**
     * Loads the task the {@code task} param names.
     *
     * @throws IllegalStateException when the fork has no task (a plain JMH run without the tvp runner)
     */
    static UserTask load(String taskParam) {
        UserTaskSource source = UserTaskSource.fromEnvironment(System.getenv())
                .filter(s -> s.className().equals(taskParam))
                .orElseThrow(() -> new IllegalStateException("no user task for task='" + taskParam
                        + "' in this fork's environment; run it with: scripts/tvp run --task CLASS --classpath CP"));
        return new UserTask(source, LoadedTask.load(source));
    }

    /** The lean child JVM options, plus what makes each child load this task before it is ready. */
    ChildJvmOptions childJvm() {
        return ChildJvmOptions.defaults().withUserTask(source);
    }

    /** Fails the trial of a strategy the task cannot run under: ASYNC needs the non-blocking form. */
    void requireApplicable(Strategy strategy) {
        if (strategy == Strategy.ASYNC && !loaded.nonBlocking()) {
            throw new IllegalStateException("ASYNC: not applicable (the task blocks): " + source.className()
                    + " does not implement io.tvpbench.api.NonBlockingTask");
        }
    }
}
