package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunDirectoryTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void namedByUtcTimeAndShortSha(@TempDir Path base) throws IOException {
        RunDirectory run = RunDirectory.create(base.resolve("bench-results"), AT, "284e0ab");
        assertEquals("20261122-101530-284e0ab", run.dir().getFileName().toString());
        assertTrue(Files.isDirectory(run.dir()));
    }

    @Test
    void aSecondRunInTheSameSecondGetsItsOwnDirectory(@TempDir Path base) throws IOException {
        RunDirectory first = RunDirectory.create(base, AT, "284e0ab");
        RunDirectory second = RunDirectory.create(base, AT, "284e0ab");
        assertFalse(first.dir().equals(second.dir()));
        assertEquals("20261122-101530-284e0ab.2", second.dir().getFileName().toString());
    }

    @Test
    void latestIsARelativeLinkToTheNewestRun(@TempDir Path base) throws IOException {
        RunDirectory first = RunDirectory.create(base, AT, "284e0ab");
        first.markLatest();
        RunDirectory second = RunDirectory.create(base, AT.plusSeconds(60), "9eabf13");
        second.markLatest();
        Path latest = base.resolve(RunDirectory.LATEST);
        assertEquals(Path.of("20261122-101630-9eabf13"), Files.readSymbolicLink(latest));
        assertEquals(second.dir().toRealPath(), latest.toRealPath());
    }
}
