package io.tvpbench.worker;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A parent JVM killed with -9 leaves no child JVM alive 5 seconds later, idle or busy. */
class OrphanIT {

    @Test
    void childrenDieWithTheirParent() throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), OrphanParentMain.class.getName());
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<ProcessHandle> children;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.matches("\\d+ \\d+"), "the parent prints its children's pids: " + line);
            children = Arrays.stream(line.split(" ")).map(Long::parseLong)
                    .map(pid -> ProcessHandle.of(pid).orElseThrow()).toList();
            assertTrue(children.stream().allMatch(ProcessHandle::isAlive), "both children run before the kill");
        } finally {
            parent.toHandle().destroyForcibly();
        }
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, children.size());
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                child.destroyForcibly();
                fail("child " + child.pid() + " outlived its killed parent by 5 s");
            }
        }
    }
}
