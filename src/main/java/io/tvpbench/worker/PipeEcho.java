package io.tvpbench.worker;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The parent side of the raw pipe ping-pong ({@link PipeEchoMain}): one child JVM, one fixed-size message out
 * and back per {@link #roundTrip()}. Benchmarks compare PROCESS_POOL's empty-task round trip with it.
 */
public final class PipeEcho implements AutoCloseable {

    private final ChildJvm jvm;
    private final OutputStream out;
    private final DataInputStream in;
    private final byte[] message;
    private final byte[] reply;

    private PipeEcho(ChildJvm jvm, int messageBytes) {
        this.jvm = jvm;
        this.out = jvm.stdin();
        this.in = new DataInputStream(jvm.stdout());
        this.message = new byte[messageBytes];
        this.reply = new byte[messageBytes];
        Arrays.fill(message, (byte) 0x5A);
    }

    /**
     * Starts the echo child and completes one round trip, so it is ready when this returns.
     *
     * @param messageBytes size of each message, e.g. the size of an empty task's frame
     */
    public static PipeEcho start(ChildJvmOptions options, int messageBytes) {
        if (messageBytes <= 0) {
            throw new IllegalArgumentException("message size must be positive: " + messageBytes);
        }
        PipeEcho echo = new PipeEcho(ChildJvm.launch(options, List.of(), PipeEchoMain.class,
                List.of(Integer.toString(messageBytes))), messageBytes);
        try {
            echo.roundTrip();
        } catch (UncheckedIOException e) {
            String end = echo.jvm.describeEnd();
            echo.close();
            throw new WorkerStartException(echo.pid(), "pipe echo child (pid " + echo.pid() + ") failed to start: "
                    + end, e);
        }
        return echo;
    }

    /** Sends one message and waits until it has come back whole. */
    public void roundTrip() {
        try {
            out.write(message);
            out.flush();
            in.readFully(reply);
        } catch (IOException e) {
            throw new UncheckedIOException("pipe echo with pid " + pid() + " failed", e);
        }
    }

    public long pid() {
        return jvm.pid();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
