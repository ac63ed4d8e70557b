package io.tvpbench.results;

import java.nio.file.Path;

/** An input file is missing, unreadable or not JMH JSON; the message names the file and the problem in one line. */
public final class ResultFormatException extends RuntimeException {

    public ResultFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ResultFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
