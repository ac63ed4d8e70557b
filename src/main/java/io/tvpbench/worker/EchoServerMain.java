package io.tvpbench.worker;

import io.tvpbench.workload.EchoServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The IO_SOCKET echo server in a JVM of its own, so that its loop and its timers run outside the measured JVM
 * (and, where the machine has spare CPUs, outside the measured CPUs): prints its loopback port on stdout, then
 * serves until stdin closes or the parent dies.
 */
public final class EchoServerMain {

    private EchoServerMain() {
    }

    public static void main(String[] args) throws IOException {
        ParentWatch.start();
        try (EchoServer server = EchoServer.start()) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
            out.println(server.address().getPort());
            InputStream in = System.in;
            while (in.read() >= 0) {
                // nothing to read: stdin only signals the parent's end
            }
        }
    }
}
