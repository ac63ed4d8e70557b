package io.tvpbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loopback server behind {@link Workload#IO_SOCKET}: it reads 16-byte requests (value, delay in µs) and,
 * after the delay, answers with {@link Checksums#mix} of the value. One event loop serves thousands of
 * connections, so the server never becomes the bottleneck the clients are measured against. It binds to
 * 127.0.0.1 only.
 */
public final class EchoServer implements AutoCloseable {

    /** Bytes of one request: the value and the delay in microseconds. */
    public static final int REQUEST_BYTES = 16;
    /** Bytes of one response: the mixed value. */
    public static final int RESPONSE_BYTES = 8;

    private final EventLoop loop;
    private final ServerSocketChannel server;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private EchoServer() throws IOException {
        this.loop = new EventLoop("tvp-echo-server", t -> failure.compareAndSet(null, t));
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    }

    /** Starts a server on an ephemeral loopback port. */
    public static EchoServer start() {
        try {
            EchoServer echo = new EchoServer();
            echo.loop.execute(() -> {
                try {
                    echo.loop.register(echo.server, SelectionKey.OP_ACCEPT, key -> echo.accept());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return echo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback echo server", e);
        }
    }

    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first error a connection handler hit, if any; tests assert there is none. */
    public Throwable failure() {
        return failure.get();
    }

    /**
     * The most requests this server has held at once, waiting out their delay, since the last reset: it shows
     * how many tasks a strategy really kept in flight.
     */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public void resetMaxInFlight() {
        maxInFlight.set(inFlight.get());
    }

    private void accept() {
        try {
            SocketChannel channel;
            while ((channel = server.accept()) != null) {
                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                new Connection(channel);
            }
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(REQUEST_BYTES * 64);
        private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        private final SelectionKey key;

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.key = loop.register(channel, SelectionKey.OP_READ, k -> ready());
        }

        private void ready() {
            try {
                if (key.isReadable()) {
                    read();
                }
                if (key.isValid() && key.isWritable()) {
                    flush();
                }
            } catch (IOException e) {
                closeQuietly();
            }
        }

        private void read() throws IOException {
            if (channel.read(in) < 0) {
                closeQuietly();
                return;
            }
            in.flip();
            while (in.remaining() >= REQUEST_BYTES) {
                long value = in.getLong();
                long delayMicros = in.getLong();
                ByteBuffer reply = ByteBuffer.allocate(RESPONSE_BYTES).putLong(0, Checksums.mix(value));
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                if (delayMicros <= 0) {
                    send(reply);
                } else {
                    loop.schedule(delayMicros, TimeUnit.MICROSECONDS, () -> send(reply));
                }
            }
            in.compact();
        }

        private void send(ByteBuffer reply) {
            inFlight.decrementAndGet();
            if (!channel.isOpen()) {
                return;
            }
            out.add(reply);
            try {
                flush();
            } catch (IOException e) {
                closeQuietly();
            }
        }

        private void flush() throws IOException {
            while (!out.isEmpty()) {
                ByteBuffer head = out.peek();
                channel.write(head);
                if (head.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    return;
                }
                out.poll();
            }
            key.interestOps(SelectionKey.OP_READ);
        }

        private void closeQuietly() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the peer is gone already
            }
        }
    }

    /** Stops the loop and closes the listening socket and every connection. */
    @Override
    public void close() {
        loop.close();
    }
}
