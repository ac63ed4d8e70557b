package io.tvpbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Tvp#execute} with stdout and stderr captured, the way a user or CI script sees them. */
record Console(int exitCode, String out, String err) {

    static synchronized Console run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Tvp.execute(args);
            System.out.flush();
            System.err.flush();
            return new Console(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Whether stderr is exactly one line, as bad input must be reported. */
    boolean oneErrorLine() {
        return err.strip().lines().count() == 1 && !err.contains("\tat ");
    }
}
