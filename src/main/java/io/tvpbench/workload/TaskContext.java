package io.tvpbench.workload;

import java.net.InetSocketAddress;

/**
 * What tasks need beyond their {@link TaskSpec}: the loopback echo server and a client for it, and the state
 * SHARED_STATE tasks update. The harness side owns the server (started on first use, stopped on close) and the
 * state; a child JVM attaches to the parent's server by address, so every strategy talks to the same server.
 */
public final class TaskContext implements AutoCloseable {

    private final boolean exitAllowed;
    private final SharedState state;
    private EchoServer ownedServer;
    private InetSocketAddress echoAddress;
    private EchoClient echoClient;

    private TaskContext(InetSocketAddress echoAddress, boolean exitAllowed, SharedState state) {
        this.echoAddress = echoAddress;
        this.exitAllowed = exitAllowed;
        this.state = state;
    }

    /** The harness side: owns an echo server, started when a task first needs it; nothing shared. */
    public static TaskContext local() {
        return local(Sharing.NONE);
    }

    /** The harness side, owning the state of {@code sharing} that SHARED_STATE tasks update. */
    public static TaskContext local(Sharing sharing) {
        return new TaskContext(null, false, sharing.create());
    }

    /** The harness side using a server it does not own, such as {@code EchoProcess}'s in its own JVM. */
    public static TaskContext using(InetSocketAddress echo) {
        return new TaskContext(echo, false, Sharing.NONE.create());
    }

    /**
     * A child JVM's side: uses the parent's echo server (if any) and may honour {@link Fault#EXIT}; a child's
     * SHARED_STATE tasks reach the parent's state through their task frames instead.
     */
    public static TaskContext child(InetSocketAddress parentEcho) {
        return new TaskContext(parentEcho, true, Sharing.NONE.create());
    }

    /** The state SHARED_STATE tasks update. */
    public SharedState state() {
        return state;
    }

    /** The echo server's address, starting the owned server if this context owns one. */
    public synchronized InetSocketAddress echoAddress() {
        if (echoAddress == null) {
            ownedServer = EchoServer.start();
            echoAddress = ownedServer.address();
        }
        return echoAddress;
    }

    /** The server this context owns, started if needed; empty for a child's context. */
    public synchronized java.util.Optional<EchoServer> ownedServer() {
        echoAddress();
        return java.util.Optional.ofNullable(ownedServer);
    }

    /** The shared blocking client for {@link Workload#IO_SOCKET}. */
    public synchronized EchoClient echo() {
        if (echoClient == null) {
            echoClient = new EchoClient(echoAddress());
        }
        return echoClient;
    }

    /** Whether a task may end this JVM ({@link Fault#EXIT}): only in a child JVM. */
    public boolean exitAllowed() {
        return exitAllowed;
    }

    @Override
    public synchronized void close() {
        state.close();
        if (echoClient != null) {
            echoClient.close();
            echoClient = null;
        }
        if (ownedServer != null) {
            ownedServer.close();
            ownedServer = null;
            echoAddress = null;
        }
    }
}
