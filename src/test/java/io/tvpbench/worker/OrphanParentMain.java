package io.tvpbench.worker;

import io.tvpbench.workload.Fault;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.io.IOException;

/**
 * The parent that {@link OrphanIT} kills with -9: it starts two children, leaves one idle and one inside a
 * hanging task (so it is not reading stdin), prints their pids and waits to be killed.
 */
public final class OrphanParentMain {

    private OrphanParentMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildJvmOptions options = ChildJvmOptions.defaults();
        WorkerProcess idle = WorkerProcess.start(options);
        WorkerProcess busy = WorkerProcess.start(options);
        busy.send(new TaskSpec(Workload.CPU, 0, Grain.NONE.iterations(), 0, 0, Fault.HANG), null);
        System.out.println(idle.pid() + " " + busy.pid());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the kill
        }
    }
}
