package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ChildProcessIT {

    @Test
    void copiesEveryLineToTheLogAndTheListener() throws IOException, InterruptedException {
        StringWriter log = new StringWriter();
        List<String> lines = new CopyOnWriteArrayList<>();
        ChildProcess child = ChildProcess.start(List.of("sh", "-c", "echo one; echo two >&2; exit 3"), log, lines::add);
        assertEquals(3, child.waitFor());
        assertEquals(List.of("one", "two"), lines);
        assertEquals("one\ntwo\n", log.toString());
    }

    @Test
    void killTreeLeavesNoDescendantAlive() throws Exception {
        ChildProcess child = ChildProcess.start(List.of("sh", "-c", "sleep 300 & sleep 300 & wait"),
                new StringWriter(), line -> { });
        List<ProcessHandle> tree = awaitDescendants(child, 2);

        child.killTree();

        for (ProcessHandle p : tree) {
            p.onExit().get(5, TimeUnit.SECONDS);
            assertFalse(p.isAlive(), "pid " + p.pid() + " survived");
        }
    }

    /** The started process and its {@code n} children, once the shell has forked them. */
    private static List<ProcessHandle> awaitDescendants(ChildProcess child, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> tree = new ArrayList<>(child.handle().descendants().toList());
            if (tree.size() >= n) {
                tree.add(child.handle());
                return tree;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the shell did not start its children within 10 s");
    }
}
