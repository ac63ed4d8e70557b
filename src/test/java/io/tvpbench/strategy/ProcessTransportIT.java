package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.Transport;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Both transports move DATA_TRANSFER payloads from 0 bytes to 3 MiB intact, and SHM leaves no file behind. */
class ProcessTransportIT {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void payloadsOfEverySizeArriveIntact(Transport transport) throws Exception {
        try (TaskContext context = TaskContext.local()) {
            RunnerConfig config = new RunnerConfig(2, context, ChildJvmOptions.defaults().withTransport(transport));
            try (TaskRunner pool = Strategy.PROCESS_POOL.create(config);
                 TaskRunner sequential = Strategy.SEQUENTIAL.create(config)) {
                for (int size : new int[] {0, 1, 1 << 10, 1 << 20, 3 << 20, 1 << 10}) {
                    List<TaskSpec> tasks = TaskSpec.batch(Workload.DATA_TRANSFER, 3, Grain.NONE, 0, size);
                    assertArrayEquals(sequential.run(tasks), pool.run(tasks), size + " bytes over " + transport);
                }
            }
        }
        assertEquals(List.of(), ownSharedMemoryFiles(), "shared-memory files left after close");
    }

    private static List<Path> ownSharedMemoryFiles() throws IOException {
        String prefix = "tvp-shm-" + ProcessHandle.current().pid() + "-";
        for (Path dir : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> own = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
                    if (!own.isEmpty()) {
                        return own;
                    }
                }
            }
        }
        return List.of();
    }
}
