package io.tvpbench.worker;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends a child JVM when its parent is gone, even while a task hangs and stdin is not being read: a parent killed
 * with -9 must leave no child behind. It checks every 200 ms whether the parent is alive and still its parent
 * (a dead parent's children are re-parented at once, even while it is a zombie).
 */
final class ParentWatch {

    /** Exit code of a child that outlived its parent. */
    static final int ORPHANED = 3;

    private ParentWatch() {
    }

    static void start() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        long parentPid = parent.map(ProcessHandle::pid).orElse(-1L);
        Thread.ofPlatform().daemon(true).name("tvp-parent-watch").stackSize(128 << 10).start(() -> {
            while (parent.isPresent() && parent.get().isAlive() && currentParent() == parentPid) {
                try {
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(ORPHANED);
        });
    }

    private static long currentParent() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
