package io.tvpbench.api;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * A task that also offers a non-blocking form, measured by the ASYNC strategy (one event loop thread per core,
 * the asyncio analogue). A task without it is reported as "ASYNC: not applicable (the task blocks)": blocking
 * code never runs on the event loop.
 */
public interface NonBlockingTask extends Task {

    /**
     * Starts the work for {@code index} without blocking and returns its checksum (equal to {@link #run}'s)
     * when it completes. Called on the event loop's thread; {@code eventLoop} runs continuations there, and
     * nothing submitted to it may block.
     */
    CompletionStage<Long> runAsync(long index, Executor eventLoop);
}
