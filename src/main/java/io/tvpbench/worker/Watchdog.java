package io.tvpbench.worker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Enforces task and start-up deadlines of live workers from one daemon thread that ticks while any worker
 * exists and ends when none does. Arming a deadline is a volatile write, so the dispatch path pays no
 * timer-queue wake-up per task.
 */
final class Watchdog {

    private static final long TICK_MILLIS = 50;
    private static final Set<WorkerProcess> WATCHED = ConcurrentHashMap.newKeySet();
    private static Thread thread;

    private Watchdog() {
    }

    static synchronized void watch(WorkerProcess worker) {
        WATCHED.add(worker);
        if (thread == null) {
            thread = Thread.ofPlatform().daemon(true).name("tvp-worker-watchdog").stackSize(128 << 10)
                    .start(Watchdog::loop);
        }
    }

    static void unwatch(WorkerProcess worker) {
        WATCHED.remove(worker);
    }

    private static void loop() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (Watchdog.class) {
                if (WATCHED.isEmpty()) {
                    thread = null;
                    return;
                }
            }
            long now = System.nanoTime();
            for (WorkerProcess worker : WATCHED) {
                worker.checkDeadline(now);
            }
        }
    }
}
