package io.tvpbench.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The harness's side of one core count's {@link RoundHost}: sends a fork request and waits for the host's
 * completion line. A host that died is reported as a failed fork and started afresh for the next one.
 */
final class ForkHost implements AutoCloseable {

    private final List<String> command;
    private final Writer log;
    private final Consumer<String> listener;
    private final LinkedBlockingQueue<String> done = new LinkedBlockingQueue<>();
    private ChildProcess process;

    /** What one fork took and whether it produced a result. */
    record Fork(boolean ok, long millis) {
    }

    ForkHost(List<String> command, Writer log, Consumer<String> listener) {
        this.command = command;
        this.log = log;
        this.listener = listener;
    }

    /** Runs one fork with JMH arguments {@code args}; the host writes the configuration's merged result to {@code file}. */
    Fork run(Path file, List<String> args) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            synchronized (log) {
                log.write("# tvp: round host: " + command + "\n");
            }
            process = ChildProcess.start(command, log, this::line);
        }
        done.clear();
        process.send(file + "\t" + String.join("\t", args));
        long start = System.nanoTime();
        while (true) {
            String line = done.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                String[] parts = line.split(" ");
                return new Fork(parts.length == 3 && parts[1].equals("ok"), Long.parseLong(parts[parts.length - 1]));
            }
            if (!process.isAlive()) {
                return new Fork(false, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private void line(String line) {
        if (line.startsWith(RoundHost.DONE + " ")) {
            done.add(line);
        } else {
            listener.accept(line);
        }
    }

    /** Kills the host and every fork and child JVM below it. */
    void kill() {
        ChildProcess p = process;
        if (p != null) {
            p.killTree();
        }
    }

    @Override
    public void close() throws InterruptedException {
        ChildProcess p = process;
        if (p != null) {
            try {
                p.closeInput();
                p.waitFor();
            } catch (IOException e) {
                p.killTree();
            }
        }
    }
}
