package io.tvpbench.workload;

import java.net.InetSocketAddress;

/**
 * What tasks need beyond their {@link TaskSpec}: the loopback echo server and a client for it. The harness side
 * owns the server (started on first use, stopped on close); a child JVM attaches to the parent's server by
 * address, so every strategy talks to the same server.
 */
public final class TaskContext implements AutoCloseable {

    private final boolean exitAllowed;
    private EchoServer ownedServer;
    private InetSocketAddress echoAddress;
    private EchoClient echoClient;

    private TaskContext(InetSocketAddress echoAddress, boolean exitAllowed) {
        this.echoAddress = echoAddress;
        this.exitAllowed = exitAllowed;
    }

    /** The harness side: owns an echo server, started when a task first needs it. */
    public static TaskContext local() {
        return new TaskContext(null, false);
    }

    /** The harness side using a server it does not own, such as {@code EchoProcess}'s in its own JVM. */
    public static TaskContext using(InetSocketAddress echo) {
        return new TaskContext(echo, false);
    }

    /** A child JVM's side: uses the parent's echo server (if any) and may honour {@link Fault#EXIT}. */
    public static TaskContext child(InetSocketAddress parentEcho) {
        return new TaskContext(parentEcho, true);
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
