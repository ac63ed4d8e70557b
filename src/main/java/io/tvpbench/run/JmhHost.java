package io.tvpbench.run;

import io.tvpbench.worker.ParentWatch;

/**
 * JMH's main behind a parent watch: the runner starts this as the JMH host, and a runner killed with -9 takes the
 * host with it within a fraction of a second instead of leaving it (and its fork) running until they next write
 * to the dead pipe. Forks watch the host the same way ({@link ParentWatch#PROPERTY}, honoured by the suite's
 * profiler).
 */
public final class JmhHost {

    private JmhHost() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        org.openjdk.jmh.Main.main(args);
    }
}
