package io.tvpbench.worker;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends a child JVM (or a JMH host or fork of the runner) when its parent is gone, even while a task hangs and stdin is not being read: a parent killed
 * with -9 must leave no child behind. It checks every 200 ms whether the parent is alive and still its parent
 * (a dead parent's children are re-parented at once, even while it is a zombie). No lambdas: they would add
 * their bootstrap to the child's measured start-up.
 */
public final class ParentWatch implements Runnable {

    /** Exit code of a child that outlived its parent. */
    static final int ORPHANED = 3;
    /** System property ({@code true}) that asks a JVM of the harness, such as a JMH fork, to watch its parent. */
    public static final String PROPERTY = "tvp.watchParent";

    private static boolean started;

    private final ProcessHandle parent;

    private ParentWatch(ProcessHandle parent) {
        this.parent = parent;
    }

    /** Starts the watch when {@link #PROPERTY} is {@code true}: a JMH fork of the tvp runner, not a plain JMH run. */
    public static void startIfRequested() {
        if (Boolean.getBoolean(PROPERTY)) {
            start();
        }
    }

    /** Starts watching this JVM's parent from a daemon thread; exits at once when there is no parent. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            System.exit(ORPHANED);
        }
        Thread watch = new Thread(null, new ParentWatch(parent.get()), "tvp-parent-watch", 128 << 10);
        watch.setDaemon(true);
        watch.start();
    }

    @Override
    public void run() {
        while (parent.isAlive() && parentPid() == parent.pid()) {
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.exit(ORPHANED);
    }

    private static long parentPid() {
        Optional<ProcessHandle> current = ProcessHandle.current().parent();
        return current.isPresent() ? current.get().pid() : -1;
    }
}
