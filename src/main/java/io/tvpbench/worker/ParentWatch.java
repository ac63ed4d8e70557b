package io.tvpbench.worker;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends a child JVM when its parent is gone, even while a task hangs and stdin is not being read: a parent killed
 * with -9 must leave no child behind. It checks every 200 ms whether the parent is alive and still its parent
 * (a dead parent's children are re-parented at once, even while it is a zombie). No lambdas: they would add
 * their bootstrap to the child's measured start-up.
 */
final class ParentWatch implements Runnable {

    /** Exit code of a child that outlived its parent. */
    static final int ORPHANED = 3;

    private final ProcessHandle parent;

    private ParentWatch(ProcessHandle parent) {
        this.parent = parent;
    }

    static void start() {
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
