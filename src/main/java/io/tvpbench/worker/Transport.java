package io.tvpbench.worker;

import io.tvpbench.workload.EnumNames;

/**
 * How a process strategy moves a DATA_TRANSFER payload to its child; the names appear in the JMH param
 * {@code transport}. Each constant creates the parent side of its link.
 */
public enum Transport {

    /** The payload travels inside the task frame, through the child's stdin pipe. */
    PIPE {
        @Override
        PayloadLink open(String owner) {
            return new InlinePayloadLink();
        }
    },
    /** The payload is copied into a memory-mapped file (in /dev/shm where present) that the child maps too. */
    SHM {
        @Override
        PayloadLink open(String owner) {
            return new SharedMemoryLink(owner);
        }
    };

    /** The parent side of the link for one worker; {@code owner} names the worker in file names. */
    abstract PayloadLink open(String owner);

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Transport parse(String name) {
        return EnumNames.parse(Transport.class, "transport", name);
    }
}
