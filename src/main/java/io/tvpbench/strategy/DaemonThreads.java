package io.tvpbench.strategy;

import java.util.concurrent.ThreadFactory;

/** Platform thread factories whose threads are daemons, so no JMH fork ever waits on a straggler. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    static ThreadFactory factory(String prefix) {
        return Thread.ofPlatform().name(prefix, 0).daemon(true).factory();
    }
}
