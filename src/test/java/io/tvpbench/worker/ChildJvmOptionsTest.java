package io.tvpbench.worker;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildJvmOptionsTest {

    @Test
    void defaultsAreLeanAndRunThisJava() {
        ChildJvmOptions options = ChildJvmOptions.defaults();
        assertTrue(options.jvmOptions().contains("-XX:+UseSerialGC"), options.jvmOptions()::toString);
        assertTrue(options.jvmOptions().stream().anyMatch(o -> o.startsWith("-Xmx")), options.jvmOptions()::toString);
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), options.java());
        assertTrue(Files.exists(Path.of(options.classpath())), "WorkerMain's code source: " + options.classpath());
        assertEquals(StartupVariant.DEFAULT, options.variant());
        assertEquals(Transport.PIPE, options.transport());
    }

    @Test
    void theCommandIsAnArgumentListInAFixedOrder() {
        ChildJvmOptions options = ChildJvmOptions.defaults().withJvmOptions(List.of("-Xmx32m", "-Dx=a b; rm -rf /"))
                .withVariant(StartupVariant.C1_ONLY);
        List<String> command = ChildJvm.command(options, List.of("-Dextra=1"), WorkerMain.class, List.of("arg"));
        List<String> expected = new ArrayList<>();
        expected.add(options.java());
        expected.addAll(ChildJvm.LINK_PROTECTION);
        expected.addAll(List.of("-Xmx32m", "-Dx=a b; rm -rf /", "-XX:TieredStopAtLevel=1", "-Dextra=1",
                "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(),
                "-cp", options.classpath(), WorkerMain.class.getName(), "arg"));
        assertEquals(expected, command, "user text stays one argument, never reaching a shell");
    }

    @Test
    void nonPositiveTimeoutsAreRejected() {
        ChildJvmOptions options = ChildJvmOptions.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options.withTaskTimeout(Duration.ZERO));
        assertTrue(e.getMessage().contains("task timeout"), e.getMessage());
    }

    @Test
    void namesParseCaseInsensitivelyAndListTheValidOnes() {
        assertEquals(StartupVariant.NO_CDS, StartupVariant.parse(" no_cds "));
        assertEquals(Transport.SHM, Transport.parse("shm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transport.parse("UDP"));
        assertEquals("unknown transport 'UDP', expected one of [PIPE, SHM]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StartupVariant.parse(null));
        assertTrue(e.getMessage().contains("[DEFAULT, C1_ONLY, NO_CDS, AOT_CACHE]"), e.getMessage());
    }

    @Test
    void availabilityReadsAsEnvJsonRecordsIt() {
        assertEquals("available", Availability.AVAILABLE.toString());
        assertEquals("not available on this JDK: needs JDK 25", Availability.notAvailable("needs JDK 25").toString());
    }

    @Test
    void rssOfThisProcessIsReadFromProc() {
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertTrue(ProcessMemory.rssBytes(ProcessHandle.current().pid()) > 1 << 20);
        } else {
            assertThrows(UnsupportedOperationException.class, () -> ProcessMemory.rssBytes(1));
        }
    }

    @Test
    void theStderrTailKeepsTheLastBytesOnOneLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("line ").append(i).append('\n');
        }
        StderrTail tail = new StderrTail(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        tail.awaitEnd(Duration.ofSeconds(10));
        String kept = tail.tail();
        assertTrue(kept.endsWith("line 998 | line 999"), kept);
        assertTrue(kept.length() < 2 * 4096 && !kept.contains("line 1 |"), "bounded: " + kept.length());
    }
}
