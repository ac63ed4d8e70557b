package io.tvpbench.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkPinningTest {

    @Test
    void pinsEveryThreadOfTheProcessWithAnArgumentListNeverAShellLine() {
        assertEquals(List.of("taskset", "-a", "-p", "-c", "3,5-7", "42"), ForkPinning.command(42, "3,5-7"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForkPinning.command(42, "1; rm -rf /"));
        assertTrue(e.getMessage().startsWith("not a taskset CPU list"), e.getMessage());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aProcessMovesOntoTheCpusItIsGivenAndARefusalSaysWhy() throws Exception {
        Set<Integer> allowed = Cores.affinity().orElseThrow();
        int last = allowed.stream().max(Integer::compare).orElseThrow();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            ForkPinning.pin(sleeper.pid(), Integer.toString(last));
            String status = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + sleeper.pid() + "/status"));
            String list = status.lines().filter(l -> l.startsWith("Cpus_allowed_list:")).map(l -> l.split(":")[1].strip())
                    .collect(Collectors.joining());
            assertEquals(Integer.toString(last), list);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ForkPinning.pin(sleeper.pid(), "4095"));
            assertTrue(e.getMessage().startsWith("cannot pin the fork to CPUs 4095: "), e.getMessage());
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }
}
