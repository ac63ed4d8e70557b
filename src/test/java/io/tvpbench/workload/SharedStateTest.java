package io.tvpbench.workload;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every thread-safe sharing mode loses no update under contention; the segment is shared between mappings. */
class SharedStateTest {

    private static final int THREADS = 4;
    private static final int UPDATES = 20_000;

    @ParameterizedTest
    @EnumSource(value = Sharing.class, names = {"LOCK", "SYNCHRONIZED", "ATOMIC", "ADDER", "MESSAGE", "SHM_ATOMIC"})
    void concurrentUpdatesSumExactly(Sharing mode) throws InterruptedException {
        try (SharedState state = mode.create()) {
            assertEquals(mode, state.mode());
            hammer(List.of(state, state, state, state));
            assertArrayEquals(expected(), state.snapshot());
            state.reset();
            assertArrayEquals(new long[SharedState.LONGS], state.snapshot());
        }
    }

    @Test
    void confinedShardsSumInTheSnapshot() throws InterruptedException {
        try (SharedState state = Sharing.CONFINED.create()) {
            List<SharedState> shards = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                shards.add(state.forOneThread());
            }
            hammer(shards);
            assertArrayEquals(expected(), state.snapshot());
        }
    }

    @Test
    void aChildsMappingOfTheSegmentUpdatesTheParentsAndTheParentDeletesIt() throws InterruptedException {
        SegmentState parent = (SegmentState) Sharing.SHM_ATOMIC.create();
        Path file = Path.of(parent.path());
        try (parent) {
            List<SharedState> children = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                children.add(SegmentState.open(parent.path()));
            }
            hammer(children);
            assertArrayEquals(expected(), parent.snapshot());
            children.forEach(SharedState::close);
            assertTrue(Files.exists(file), "a child's close leaves the parent's segment");
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void keysCoverTheKeySpace() {
        assertEquals(0, SharedState.key(0));
        assertEquals(SharedState.KEYS - 1, SharedState.key(-1));
    }

    /** Each view gets UPDATES updates from its own thread: key i % KEYS, amount i. */
    private static void hammer(List<SharedState> views) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (SharedState view : views) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < UPDATES; i++) {
                    view.add(i % SharedState.KEYS, i);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static long[] expected() {
        long[] sum = new long[SharedState.LONGS];
        sum[0] = (long) THREADS * UPDATES;
        for (int i = 0; i < UPDATES; i++) {
            sum[i % SharedState.KEYS + 1] += (long) THREADS * i;
        }
        return sum;
    }
}
