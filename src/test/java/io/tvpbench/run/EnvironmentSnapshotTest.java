package io.tvpbench.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentSnapshotTest {

    private static final CorePinning UNPINNED = new CorePinning(Optional.empty(), CpuSet.parse("0-1"));

    @Test
    void holdsEveryDocumentedFieldAndReadsBack(@TempDir Path dir) throws IOException {
        RunEnvironment captured = EnvironmentSnapshot.capture(Profile.QUICK, new CoreCounts(List.of(1, 2)), UNPINNED,
                new GitInfo("284e0abe1dfefff8172aa5720e7f205f0bbee2cc", true), Instant.parse("2026-11-22T10:15:30.123Z"),
                ForkJvmOptions.parse("-XX:+UseParallelGC -Xmx2g"));
        Path file = dir.resolve(RunEnvironment.FILE_NAME);
        captured.write(file);
        ObjectNode env = (ObjectNode) JmhResults.mapper().readTree(file.toFile());
        List<String> fields = new ArrayList<>();
        env.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("schemaVersion", "tool", "profile", "startedAt", "hostname", "machine", "jdk", "os", "cpu",
                "memory", "cgroup", "cores", "git", "forkJvm", "childJvm", "fingerprint"), fields,
                "the order env.json has always had, new fields added");
        assertEquals("2026-11-22T10:15:30Z", env.get("startedAt").asText());
        assertEquals(Runtime.version().feature(), env.at("/jdk/feature").asInt());
        assertEquals("[\"-XX:+UseParallelGC\",\"-Xmx2g\"]", env.at("/jdk/jvmArgs").toString());
        assertEquals(env.at("/jdk/jvmArgs"), env.at("/forkJvm/options"), "forks get the flags the fingerprint covers");
        assertEquals("{\"1\":\"1\",\"2\":\"0,1\"}", env.at("/cores/layout").toString());
        assertEquals(2, env.at("/cpu/logicalCpus").asInt());
        assertEquals("[1,2]", env.at("/cores/counts").toString());
        assertTrue(env.at("/cores/method").asText().contains("not enforced"));
        assertEquals(Fingerprint.of(captured), env.get("fingerprint").asText());

        RunEnvironment read = RunEnvironment.read(file);
        assertEquals(captured, read, "written and read through the same type");
        assertEquals("quick", read.profile());
        assertFalse(read.coresEnforced());
        assertEquals("284e0abe1dfefff8172aa5720e7f205f0bbee2cc", read.gitCommit());
        assertTrue(read.git().dirty());
        assertTrue(read.machine().endsWith(" / 2 CPUs"), read.machine());
    }

    @Test
    void anUnknownDirtyStateIsNullNotFalse() {
        RunEnvironment env = EnvironmentSnapshot.capture(Profile.SMOKE, new CoreCounts(List.of(1)), UNPINNED,
                new GitInfo("unknown", null), Instant.EPOCH, ForkJvmOptions.DEFAULT);
        assertTrue(JmhResults.mapper().valueToTree(env).at("/git/dirty").isNull());
    }
}
