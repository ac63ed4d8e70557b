package io.tvpbench.worker;

import io.tvpbench.workload.Checksums;
import io.tvpbench.workload.Fault;
import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both ends of the SHM transport in one JVM: the bytes the reader maps are the payload, and files are deleted. */
class SharedMemoryTransportTest {

    private final SharedMemoryReader reader = new SharedMemoryReader();

    /** Sends a DATA_TRANSFER task through the link and returns the checksum the child side would compute. */
    private long transfer(SharedMemoryLink link, TaskSpec task) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(256);
        TaskMessage.encodeHead(task, null, head);
        link.send(task, head, new FrameWriter(out));
        assertTrue(out.size() < 200, "the frame carries a path, not the payload: " + out.size() + " bytes");
        Frame frame = new FrameReader(new ByteArrayInputStream(out.toByteArray()), "test").read();
        TaskMessage message = TaskMessage.decode(frame.body());
        assertEquals(TaskMessage.SHARED, message.payloadKind());
        return Checksums.ofPayload(task.seed(), reader.payload(message.sharedPath(), task.payloadBytes()));
    }

    /** What the task returns in this JVM or over a pipe: the unstamped bytes with the stamps accounted for. */
    private static long expected(TaskSpec task) {
        return Checksums.ofTaskPayload(task.seed(), ByteBuffer.wrap(Payloads.generate(task.payloadBytes())));
    }

    @Test
    void everyTaskMovesDifferentBytesSoAStaleReadFailsTheChecksum() throws IOException {
        TaskSpec first = new TaskSpec(Workload.DATA_TRANSFER, 1, 0, 0, 1024, Fault.NONE);
        TaskSpec second = new TaskSpec(Workload.DATA_TRANSFER, 2, 0, 0, 1024, Fault.NONE);
        SharedMemoryLink link = new SharedMemoryLink("stale");
        try {
            assertEquals(expected(first), transfer(link, first));
            ByteBuffer firstBytes = ByteBuffer.allocate(1024).put(reader.payload(link.file().toString(), 1024)).flip();
            assertEquals(expected(second), transfer(link, second));
            assertNotEquals(expected(second), Checksums.ofPayload(second.seed(), firstBytes),
                    "the previous task's bytes read as this task's payload must not pass");
        } finally {
            link.close();
        }
    }

    @Test
    void payloadsArriveIntactAndFilesAreDeleted() throws IOException {
        TaskSpec small = new TaskSpec(Workload.DATA_TRANSFER, 1, 0, 0, 1000, Fault.NONE);
        TaskSpec large = new TaskSpec(Workload.DATA_TRANSFER, 2, 0, 0, 3 << 20, Fault.NONE);
        SharedMemoryLink link = new SharedMemoryLink("test");
        assertEquals(expected(small), transfer(link, small));
        Path first = link.file();
        assertTrue(Files.exists(first));
        assertEquals(SharedMemoryLink.directory(), first.getParent());

        assertEquals(expected(large), transfer(link, large));
        Path grown = link.file();
        assertNotEquals(first, grown, "a payload that does not fit gets a new, larger file");
        assertFalse(Files.exists(first), "the outgrown file is deleted");
        assertEquals(expected(small), transfer(link, small), "a smaller payload reuses the larger file");
        assertEquals(grown, link.file());

        link.close();
        assertFalse(Files.exists(grown), "close deletes the file");
    }

    @Test
    void sharedMemoryLivesInDevShmWhereThereIsOne() {
        Path dir = SharedMemoryLink.directory();
        if (Files.isDirectory(Path.of("/dev/shm"))) {
            assertEquals(Path.of("/dev/shm"), dir);
        } else {
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")), dir);
        }
    }
}
