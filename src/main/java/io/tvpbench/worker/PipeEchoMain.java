package io.tvpbench.worker;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The floor under PROCESS_POOL's round trip: a child that echoes fixed-size messages from stdin to stdout with
 * nothing else in the way (no framing, no decoding, no task). Argument: the message size in bytes.
 */
public final class PipeEchoMain {

    private PipeEchoMain() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        ParentWatch.start();
        FileInputStream in = new FileInputStream(FileDescriptor.in);
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] message = new byte[size];
        while (in.readNBytes(message, 0, size) == size) {
            out.write(message);
        }
    }
}
