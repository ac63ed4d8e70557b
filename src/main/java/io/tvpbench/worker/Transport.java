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

        @Override
        public boolean pipelines() {
            return true;
        }
    },
    /** The payload is copied into a memory-mapped file (in /dev/shm where present) that the child maps too. */
    SHM {
        @Override
        PayloadLink open(String owner) {
            return new SharedMemoryLink(owner);
        }

        @Override
        public boolean pipelines() {
            return false;
        }
    };

    /** The parent side of the link for one worker; {@code owner} names the worker in file names. */
    abstract PayloadLink open(String owner);

    /**
     * Whether a child may have several tasks in flight: each PIPE frame carries its own payload, while SHM's one
     * mapped file per child holds one payload, which the next task would overwrite before the child read it.
     */
    public abstract boolean pipelines();

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Transport parse(String name) {
        return EnumNames.parse(Transport.class, "transport", name);
    }
}
