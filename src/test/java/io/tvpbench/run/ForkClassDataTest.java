package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkClassDataTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");

    @TempDir
    Path dir;

    @Test
    void twoBuildsMeasuredSideBySideKeepAnArchiveEachAndARebuiltJarGetsANewOne() throws IOException {
        Path base = Files.writeString(dir.resolve("base.jar"), "base");
        Path head = Files.writeString(dir.resolve("head.jar"), "head build");

        Path baseArchive = ForkClassData.of(JAVA, base, ForkJvmOptions.DEFAULT).orElseThrow().archive();
        Path headArchive = ForkClassData.of(JAVA, head, ForkJvmOptions.DEFAULT).orElseThrow().archive();
        assertNotEquals(baseArchive, headArchive);
        assertEquals(baseArchive, ForkClassData.of(JAVA, base, ForkJvmOptions.DEFAULT).orElseThrow().archive());
        assertTrue(Files.isDirectory(baseArchive.getParent()), "the JVM writes the archive but makes no directory");

        Files.writeString(base, "rebuilt, longer");
        assertNotEquals(baseArchive, ForkClassData.of(JAVA, base, ForkJvmOptions.DEFAULT).orElseThrow().archive());
        assertNotEquals(baseArchive, ForkClassData.of(JAVA, base, ForkJvmOptions.parse("-XX:+UseSerialGC")).orElseThrow().archive(),
                "other fork flags, another archive");
    }

    @Test
    void theUsersOwnClassDataFlagsAndNoneGetNoArchive() {
        Path jar = dir.resolve("benchmarks.jar");
        assertTrue(ForkClassData.of(JAVA, jar, ForkJvmOptions.DEFAULT).isPresent());
        assertFalse(ForkClassData.of(JAVA, jar, ForkJvmOptions.parse("-Xshare:off")).isPresent());
        assertFalse(ForkClassData.of(JAVA, jar, ForkJvmOptions.parse("-XX:SharedArchiveFile=/my.jsa")).isPresent());
        assertFalse(ForkClassData.of(JAVA, jar, ForkJvmOptions.parse("-XX:AOTCache=/my.aot")).isPresent());
        assertFalse(ForkClassData.of(JAVA, jar, ForkJvmOptions.parse(ForkJvmOptions.NONE)).isPresent(),
                "'none' leaves the forks as a plain JMH run's");
        assertEquals(2, ForkClassData.of(JAVA, jar, ForkJvmOptions.DEFAULT).orElseThrow().flags().size());
    }
}
