package io.tvpbench.run;

import io.tvpbench.worker.ParentWatch;

/**
 * JMH's main behind a parent watch: the runner starts this as the JMH host, and a runner killed with -9 takes the
 * host and its fork with it within a fraction of a second instead of leaving them running until they next write
 * to the dead pipe. Forks also watch the host ({@link ParentWatch#PROPERTY}, honoured by the suite's profiler).
 */
public final class JmhHost {

    private JmhHost() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.startForHost();
        org.openjdk.jmh.Main.main(args);
    }
}
