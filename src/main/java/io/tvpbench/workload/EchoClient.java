package io.tvpbench.workload;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Blocking request/response over a pool of kept-alive loopback connections. A task borrows a connection for
 * one round trip, so N in-flight tasks use at most N connections and no task pays a TCP handshake or leaves a
 * socket in TIME_WAIT once the pool is warm.
 */
public final class EchoClient implements AutoCloseable {

    private final InetSocketAddress server;
    private final ConcurrentLinkedDeque<SocketChannel> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    public EchoClient(InetSocketAddress server) {
        this.server = server;
    }

    /** Sends {@code value} and blocks until the server answers, {@code delayMicros} later, with its mix. */
    public long call(long value, long delayMicros) {
        SocketChannel channel = borrow();
        boolean healthy = false;
        try {
            ByteBuffer request = ByteBuffer.allocate(EchoServer.REQUEST_BYTES).putLong(value).putLong(delayMicros).flip();
            while (request.hasRemaining()) {
                channel.write(request);
            }
            ByteBuffer response = ByteBuffer.allocate(EchoServer.RESPONSE_BYTES);
            while (response.hasRemaining()) {
                if (channel.read(response) < 0) {
                    throw new EOFException("echo server " + server + " closed the connection");
                }
            }
            healthy = true;
            return response.getLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException("echo round trip to " + server + " failed", e);
        } finally {
            if (healthy && !closed) {
                idle.push(channel);
            } else {
                closeQuietly(channel);
            }
        }
    }

    private SocketChannel borrow() {
        SocketChannel channel = idle.poll();
        if (channel != null) {
            return channel;
        }
        try {
            SocketChannel opened = SocketChannel.open(server);
            opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to the echo server at " + server, e);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already broken
        }
    }

    @Override
    public void close() {
        closed = true;
        SocketChannel channel;
        while ((channel = idle.poll()) != null) {
            closeQuietly(channel);
        }
    }
}
