package io.tvpbench.strategy;

/**
 * How PROCESS_POOL feeds its children, as Python's {@code multiprocessing.Pool} does with {@code chunksize}: up to
 * {@code chunk} queued tasks go to a child in one message and come back in one reply, and each child has up to
 * {@code depth} messages in flight, so it starts its next chunk without waiting for the parent to hear the last.
 * A partial chunk goes out only to a child holding less than a chunk, which would run dry before one could fill:
 * a lone task goes out at once, and a busy child gets full chunks, not a message per task.
 *
 * @param chunk most tasks per message (Python's {@code chunksize})
 * @param depth most messages in flight per child
 */
public record Pipeline(int chunk, int depth) {

    /** One task at a time per child, the pool without pipelining; also what SHM's single mapped file allows. */
    public static final Pipeline NONE = new Pipeline(1, 1);

    /**
     * The default, measured on CPU 10us at 2 cores of a shared 2-CPU VM (JDK 25, 2026-12-01), as CPU time per task
     * (parent plus children, /proc) once warm, since wall-clock figures there swung 2x with the neighbours' load:
     * FIXED_POOL 10-12 us; chunks of 16 13-15 us, 32 12.5-13.5, 64 11-13, 128 10-12.5; a third message in flight
     * gained nothing. Each message costs the parent a reader wake-up and a read on the pipe, 50-100 us of CPU
     * with both children busy, so 16 tasks per message left the pool 1.3-1.4x behind a thread pool; 64 keeps it
     * within about 1.2x; 128 saves under 1 us more and doubles the window a benchmark needs to keep children fed.
     */
    public static final Pipeline DEFAULT = new Pipeline(64, 2);

    /**
     * The default for blocking work: a message costs 50-100 us, nothing beside a wait of a millisecond or more, and
     * a chunk of 64 tasks of 10 ms holds 640 ms of waiting on one child, longer than an iteration, so completions
     * came back in bursts an iteration saw or missed (in the standard sample of 7d23605, PROCESS_POOL's first
     * measured I/O iteration read 0.14x to 6.6x its second). A second message in flight still lets a child start
     * its next task without waiting for the parent.
     */
    public static final Pipeline BLOCKING = new Pipeline(1, 2);

    public Pipeline {
        if (chunk < 1 || depth < 1) {
            throw new IllegalArgumentException("chunk and depth must be positive: chunk " + chunk + ", depth " + depth);
        }
    }
}
