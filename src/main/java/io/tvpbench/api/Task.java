package io.tvpbench.api;

/**
 * Your own work, measured by tvp-bench under every strategy: a public class with a public no-arg constructor
 * implementing this interface. It is loaded in its own class loader (your classpath, the JDK and this package
 * only), so its dependencies never clash with the harness's, in the benchmark JVM and in every child JVM.
 * <p>
 * Run it with {@code scripts/tvp run --task com.acme.MyTask --classpath app.jar:lib/*}.
 */
public interface Task {

    /**
     * Called once per JVM (the benchmark fork and each child JVM) before any {@link #run}, with the value of
     * {@code --task-arg} (empty when not given). What it throws is shown, and nothing is measured.
     */
    default void setUp(String arg) throws Exception {
    }

    /**
     * Does one unit of work and returns its checksum, which must depend only on {@code index} (and the set-up
     * argument): every strategy's checksums are compared with a sequential run's, so a result that depends on
     * the thread, the JVM or the time is reported as not deterministic. Blocking (I/O, waits) is allowed here;
     * it is called from many threads at once.
     */
    long run(long index) throws Exception;
}
