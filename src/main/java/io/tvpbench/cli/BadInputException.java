package io.tvpbench.cli;

/** Bad input or usage detected by a command: reported as one line on stderr with exit code 2. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
