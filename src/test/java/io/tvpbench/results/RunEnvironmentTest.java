package io.tvpbench.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The env.json schema policy: missing version is 1, unknown fields are ignored, newer versions are refused. */
class RunEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutSchemaVersionIsVersionOneAndUnknownFieldsAreIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve(RunEnvironment.FILE_NAME), """
                {"machine": "m", "addedLater": {"x": 1}, "cores": {"counts": [1, 2], "enforced": true, "newField": "y"}}""");
        RunEnvironment env = RunEnvironment.read(file);
        assertEquals(1, env.schemaVersion());
        assertTrue(env.isKnown());
        assertEquals("m", env.machine());
        assertEquals(List.of(1, 2), env.cores().counts());
        assertTrue(env.coresEnforced());
    }

    @Test
    void aNewerSchemaIsRefusedNamingTheFileAndBothVersions() throws IOException {
        Path file = Files.writeString(dir.resolve(RunEnvironment.FILE_NAME), "{\"schemaVersion\": 7, \"cpu\": \"renamed\"}");
        String message = assertThrows(ResultFormatException.class, () -> RunEnvironment.read(file)).getMessage();
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.contains("schema 7") && message.contains("(" + RunEnvironment.SCHEMA_VERSION + ")"), message);
    }

    @Test
    void writtenAndReadThroughTheSameType() throws IOException {
        RunEnvironment env = new RunEnvironment(RunEnvironment.SCHEMA_VERSION, new RunEnvironment.Tool("tvp-bench", "1"),
                "quick", "2026-11-22T10:15:30Z", "h", "h / cpu / 2 CPUs",
                new RunEnvironment.Jdk("25", 25, "v", "vm", "/jdk", List.of("-Xmx1g")),
                new RunEnvironment.Os("Linux", "6", "amd64", "k"), new RunEnvironment.Cpu("cpu", 2, List.of("0", "1")),
                new RunEnvironment.Memory(null), new RunEnvironment.Cgroup("max 100000", null),
                new RunEnvironment.Cores(List.of(1, 2), false, "none",
                        List.of(new RunEnvironment.EchoServer(1, "0", false), new RunEnvironment.EchoServer(2, "0,1", true)),
                        java.util.Map.of("1", "1", "2", "0,1"), java.util.Map.of("1", "0", "2", "0,1")),
                new RunEnvironment.Git("abc", null), new RunEnvironment.ForkJvm(List.of("-XX:+UseG1GC", "-Xmx512m"), true),
                new RunEnvironment.ChildJvm(List.of("-Xmx64m"), java.util.Map.of("AOT_CACHE", "available"),
                        new RunEnvironment.Pipeline(16, 2)), "f00",
                new RunEnvironment.Rounds(5, 42L, "allDecided", List.of(3, 5, 8), 0.05, 0.05 / 3), 600L);
        Path file = dir.resolve(RunEnvironment.FILE_NAME);
        env.write(file);
        assertEquals(env, RunEnvironment.read(file));
        String json = Files.readString(file);
        assertFalse(json.contains("totalBytes") || json.contains("memoryMax"), "absent limits stay absent: " + json);
        assertTrue(json.contains("\"dirty\" : null"), json);
    }

    @Test
    void noFileIsAnUnknownEnvironment() {
        RunEnvironment env = RunEnvironment.near(dir);
        assertFalse(env.isKnown());
        assertEquals("unknown machine", env.machine());
        assertEquals("unknown", env.jdkVersion());
        assertFalse(env.coresEnforced());
    }

    @Test
    void aWrongShapeIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve(RunEnvironment.FILE_NAME), "{\"cpu\": {\"logicalCpus\": \"many\"}}");
        String message = assertThrows(ResultFormatException.class, () -> RunEnvironment.read(file)).getMessage();
        assertTrue(message.startsWith(file + ": not a valid env.json"), message);
        assertFalse(message.contains("\n"), message);
    }
}
