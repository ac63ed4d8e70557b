package io.tvpbench.worker;

import io.tvpbench.workload.TaskSpec;

import java.io.IOException;
import java.nio.ByteBuffer;

/** The parent side of a {@link Transport}: how one worker's DATA_TRANSFER payloads reach the child. */
interface PayloadLink extends AutoCloseable {

    /** Completes the task frame whose fields are already in {@code head} with the payload, and appends it unflushed. */
    void send(TaskSpec task, ByteBuffer head, FrameWriter writer) throws IOException;

    /** Releases what the link holds (files, mappings). */
    @Override
    void close();
}
