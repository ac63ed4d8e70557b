package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerProcess;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Starts several child JVMs at once (they boot in parallel), or none: on a failure the started ones are closed. */
final class ParallelStart {

    private ParallelStart() {
    }

    static List<WorkerProcess> start(ChildJvmOptions options, int count) {
        List<CompletableFuture<WorkerProcess>> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CompletableFuture<WorkerProcess> start = new CompletableFuture<>();
            starts.add(start);
            Thread.ofPlatform().daemon(true).name("tvp-process-start-" + i).start(() -> {
                try {
                    start.complete(WorkerProcess.start(options));
                } catch (RuntimeException e) {
                    start.completeExceptionally(e);
                }
            });
        }
        List<WorkerProcess> started = new ArrayList<>(count);
        RuntimeException failure = null;
        for (CompletableFuture<WorkerProcess> start : starts) {
            try {
                started.add(start.join());
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                if (failure == null) {
                    failure = cause;
                } else if (failure != cause) {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            started.forEach(WorkerProcess::close);
            throw failure;
        }
        return started;
    }
}
