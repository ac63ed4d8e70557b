package io.tvpbench.strategy;

import io.tvpbench.workload.Checksums;
import io.tvpbench.workload.CpuKernel;
import io.tvpbench.workload.EventLoop;
import io.tvpbench.workload.Fault;
import io.tvpbench.workload.GilLock;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;
import io.tvpbench.workload.Workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The asyncio analogue: tasks become callbacks on single-threaded event loops. Waits are timers and sockets are
 * non-blocking, so one loop thread keeps thousands of I/O tasks in flight; CPU work runs on the loop and blocks
 * it, exactly as it blocks asyncio. Tasks are spread round-robin over {@code parallelism} loops.
 */
final class AsyncRunner implements TaskRunner {

    private final TaskContext context;
    private final Loop[] loops;
    private final AtomicReference<Throwable> loopFailure = new AtomicReference<>();

    AsyncRunner(int parallelism, TaskContext context) {
        this.context = context;
        this.loops = new Loop[parallelism];
        for (int i = 0; i < parallelism; i++) {
            loops[i] = new Loop(new EventLoop("tvp-async-" + i, t -> loopFailure.compareAndSet(null, t)),
                    context.state().forOneThread());
        }
    }

    @Override
    public void submit(TaskSpec task, Completion done) {
        InetSocketAddress echo = task.workload() == Workload.IO_SOCKET ? context.echoAddress() : null;
        Loop loop = loops[task.index() % loops.length];
        loop.events.execute(() -> start(loop, new Pending(task, done), echo));
    }

    /** Runs on the loop: starts the task and arranges for it to complete without blocking. */
    private void start(Loop loop, Pending pending, InetSocketAddress echo) {
        TaskSpec task = pending.task;
        try {
            if (task.fault() == Fault.HANG) {
                return; // never completes, without blocking the loop
            }
            Tasks.injectFault(task, context);
            long seed = task.seed();
            switch (task.workload()) {
                case CPU -> pending.succeed(CpuKernel.run(seed, task.cpuIterations()));
                case CPU_GIL -> pending.succeed(CpuKernel.runHolding(GilLock.global(), seed, task.cpuIterations()));
                case IO_SLEEP -> loop.events.schedule(task.latencyMicros(), TimeUnit.MICROSECONDS,
                        () -> pending.succeed(Checksums.mix(seed)));
                case MIXED -> {
                    long state = CpuKernel.run(seed, task.cpuIterations());
                    loop.events.schedule(task.latencyMicros(), TimeUnit.MICROSECONDS, () -> pending.succeed(state));
                }
                case IO_SOCKET -> loop.connection(echo).send(seed, task.latencyMicros(), pending);
                case DATA_TRANSFER -> pending.succeed(Checksums.ofTaskPayload(seed, task.payloadBytes()));
                case SHARED_STATE -> pending.succeed(Tasks.shareState(task, loop.state));
                case USER_TASK -> context.userTask().runAsync(task.index(), loop.events::execute)
                        .whenComplete((checksum, failure) -> {
                            if (failure == null) {
                                pending.succeed(checksum);
                            } else {
                                pending.fail(failure);
                            }
                        });
            }
        } catch (Throwable t) {
            pending.fail(t);
        }
    }

    /** A started task and who hears how it ended. */
    private record Pending(TaskSpec task, Completion done) {
        void succeed(long checksum) {
            done.done(task, checksum, null);
        }

        void fail(Throwable cause) {
            Outcomes.fail(task, cause, done);
        }
    }

    @Override
    public void close() {
        for (Loop loop : loops) {
            loop.events.close();
        }
    }

    /** One event loop, its idle echo connections and its view of the shared state; touched only on the loop thread. */
    private static final class Loop {
        final EventLoop events;
        final SharedState state;
        final ArrayDeque<EchoConnection> idle = new ArrayDeque<>();

        Loop(EventLoop events, SharedState state) {
            this.events = events;
            this.state = state;
        }

        EchoConnection connection(InetSocketAddress echo) throws IOException {
            EchoConnection connection = idle.poll();
            return connection != null ? connection : new EchoConnection(this, echo);
        }
    }

    /** A non-blocking connection to the echo server that carries one request at a time. */
    private static final class EchoConnection {
        private final Loop loop;
        private final SocketChannel channel;
        private final SelectionKey key;
        private final ByteBuffer request = ByteBuffer.allocate(16);
        private final ByteBuffer response = ByteBuffer.allocate(8);
        private boolean connected;
        private Pending pending;

        EchoConnection(Loop loop, InetSocketAddress echo) throws IOException {
            this.loop = loop;
            this.channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            connected = channel.connect(echo);
            key = loop.events.register(channel, connected ? 0 : SelectionKey.OP_CONNECT, k -> ready());
        }

        void send(long value, long delayMicros, Pending task) {
            pending = task;
            request.clear().putLong(value).putLong(delayMicros).flip();
            response.clear();
            if (connected) {
                write();
            }
        }

        private void ready() {
            try {
                if (key.isConnectable() && channel.finishConnect()) {
                    connected = true;
                    write();
                } else if (key.isWritable()) {
                    write();
                } else if (key.isReadable()) {
                    read();
                }
            } catch (IOException | UncheckedIOException e) {
                fail(e);
            }
        }

        private void write() {
            try {
                channel.write(request);
            } catch (IOException e) {
                fail(e);
                return;
            }
            key.interestOps(request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        private void read() throws IOException {
            if (channel.read(response) < 0) {
                throw new IOException("echo server closed the connection");
            }
            if (!response.hasRemaining()) {
                key.interestOps(0);
                Pending done = pending;
                pending = null;
                loop.idle.push(this);
                done.succeed(response.getLong(0));
            }
        }

        private void fail(Exception e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
            if (pending != null) {
                pending.fail(e);
                pending = null;
            }
        }
    }
}
