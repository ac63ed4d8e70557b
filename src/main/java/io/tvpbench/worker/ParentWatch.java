package io.tvpbench.worker;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends a child JVM, or the runner's JMH host or fork, when its parent is gone, even while a task hangs and stdin
 * is not being read: a parent killed with -9 must leave no process behind. It checks every 200 ms whether the
 * parent is alive and still its parent (a dead parent's children are re-parented at once, even while it is a
 * zombie). A child JVM exits through its shutdown hooks (they delete its shared-memory file); a JMH fork halts,
 * because JMH's own hook waits for the dead host; a JMH host first kills its forks, which may not yet have
 * started their own watch. No lambdas: they would add their bootstrap to the child's measured start-up.
 */
public final class ParentWatch implements Runnable {

    /** Exit code of a child that outlived its parent. */
    static final int ORPHANED = 3;
    /** System property ({@code true}) that asks a JVM of the harness, such as a JMH fork, to watch its parent. */
    public static final String PROPERTY = "tvp.watchParent";

    private static boolean started;

    private final ProcessHandle parent;
    private final boolean halt;
    private final boolean killDescendants;

    private ParentWatch(ProcessHandle parent, boolean halt, boolean killDescendants) {
        this.parent = parent;
        this.halt = halt;
        this.killDescendants = killDescendants;
    }

    /** A child JVM's watch: exits through its shutdown hooks; exits at once when there is no parent. */
    public static void start() {
        start(false, false);
    }

    /** A JMH fork's watch, started when {@link #PROPERTY} is {@code true}: a fork of the tvp runner, not a plain JMH run. */
    public static void startIfRequested() {
        if (Boolean.getBoolean(PROPERTY)) {
            start(true, false);
        }
    }

    /** The JMH host's watch: kills its forks and everything they started, then halts. */
    public static void startForHost() {
        start(true, true);
    }

    private static synchronized void start(boolean halt, boolean killDescendants) {
        if (started) {
            return;
        }
        started = true;
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            System.exit(ORPHANED);
        }
        Thread watch = new Thread(null, new ParentWatch(parent.get(), halt, killDescendants), "tvp-parent-watch",
                128 << 10);
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
        if (killDescendants) {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        }
        if (halt) {
            Runtime.getRuntime().halt(ORPHANED);
        }
        System.exit(ORPHANED);
    }

    private static long parentPid() {
        Optional<ProcessHandle> current = ProcessHandle.current().parent();
        return current.isPresent() ? current.get().pid() : -1;
    }
}
