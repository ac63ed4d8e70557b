package io.tvpbench.worker;

import io.tvpbench.workload.Checksums;
import io.tvpbench.workload.EchoClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The echo server in its own JVM answers like the in-process one and leaves nothing behind on close. */
class EchoProcessIT {

    @Test
    void answersFromItsOwnJvmAndEndsOnClose() throws Exception {
        ProcessHandle server;
        try (EchoProcess echo = EchoProcess.start(ChildJvmOptions.defaults());
             EchoClient client = new EchoClient(echo.address())) {
            server = ProcessHandle.of(echo.pid()).orElseThrow();
            assertTrue(server.isAlive());
            assertEquals(Checksums.mix(42), client.call(42, 1_000));
            assertEquals(Checksums.mix(7), client.call(7, 0));
        }
        server.onExit().get(5, TimeUnit.SECONDS);
        assertFalse(server.isAlive());
    }

    @Test
    void runsOnTheNamedCpusThroughTasksetOrSharesWithoutThem() {
        assertEquals(List.of(), EchoProcess.wrapper(""), "no spare CPUs: it shares the measured ones");
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            assertEquals(List.of("/usr/bin/taskset", "-c", "2,3"), EchoProcess.wrapper(" 2,3 "));
        }
    }
}
