package io.tvpbench.strategy;

/**
 * How PROCESS_POOL feeds its children, as Python's {@code multiprocessing.Pool} does with {@code chunksize}: up to
 * {@code chunk} queued tasks go to a child in one message and come back in one reply, and each child has up to
 * {@code depth} messages in flight, so it starts its next chunk without waiting for the parent to hear the last.
 * Chunks fill only while every child is busy: a task that finds a child with room goes out at once.
 *
 * @param chunk most tasks per message (Python's {@code chunksize})
 * @param depth most messages in flight per child
 */
public record Pipeline(int chunk, int depth) {

    /** One task at a time per child, the pool without pipelining; also what SHM's single mapped file allows. */
    public static final Pipeline NONE = new Pipeline(1, 1);

    /**
     * The default, from ProcessPoolPipelineThroughputBenchmark on CPU 10us at 2 cores of a shared 2-CPU machine
     * (so only coarse differences count): one task per message ran at about a quarter of chunks of 4 to 16,
     * chunks of 64 gained nothing, and a second message in flight lets a child start its next chunk while the
     * parent reads the last reply. The benchmark re-measures it in every standard run.
     */
    public static final Pipeline DEFAULT = new Pipeline(16, 2);

    public Pipeline {
        if (chunk < 1 || depth < 1) {
            throw new IllegalArgumentException("chunk and depth must be positive: chunk " + chunk + ", depth " + depth);
        }
    }
}
