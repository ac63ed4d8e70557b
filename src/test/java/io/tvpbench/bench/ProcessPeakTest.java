package io.tvpbench.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessPeakTest {

    @Test
    void countsTheChildrenThisJvmStartedAndNoMore() throws IOException, InterruptedException {
        assumeTrue(new java.io.File("/bin/cat").canExecute(), "needs /bin/cat");
        long before = ProcessPeak.start(false).stop();
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                children.add(new ProcessBuilder("/bin/cat").start());
            }
            assertEquals(before + 3, ProcessPeak.start(false).stop());
            assertEquals(ProcessHandle.current().children().count(), ProcessPeak.start(false).stop(),
                    "the /proc reading agrees with ProcessHandle");
        } finally {
            for (Process child : children) {
                child.destroyForcibly().waitFor();
            }
        }
    }
}
