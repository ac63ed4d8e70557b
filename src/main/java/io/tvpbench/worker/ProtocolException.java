package io.tvpbench.worker;

import java.io.IOException;

/** The peer on a link wrote something that is not a valid frame; the link cannot be trusted any more. */
public final class ProtocolException extends IOException {
    public ProtocolException(String message) {
        super(message);
    }
}
