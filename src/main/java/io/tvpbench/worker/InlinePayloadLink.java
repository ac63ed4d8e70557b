package io.tvpbench.worker;

import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.TaskSpec;

import java.io.IOException;
import java.nio.ByteBuffer;

/** {@link Transport#PIPE}: the payload is the task frame's tail, written straight from the shared payload array. */
final class InlinePayloadLink implements PayloadLink {

    @Override
    public void send(TaskSpec task, ByteBuffer head, FrameWriter writer) throws IOException {
        byte[] payload = Payloads.of(task.payloadBytes());
        head.put(TaskMessage.INLINE).flip();
        writer.append(Frame.TASK, head, payload, 0, payload.length);
    }

    @Override
    public void close() {
        // nothing held
    }
}
