package io.tvpbench.worker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking a variant is pure; only {@link StartupVariant#prepare} may start a JVM (the AOT training child). */
class StartupVariantTest {

    @TempDir
    Path dir;

    @Test
    void checkingTheAotCacheStartsNothingAndWritesNothing() throws IOException {
        Path jar = Files.writeString(dir.resolve("benchmarks.jar"), "not opened by a check");
        Path cacheDir = dir.resolve("aot");
        ChildJvmOptions options = ChildJvmOptions.defaults().withClasspath(jar.toString()).withAotCacheDir(cacheDir)
                .withVariant(StartupVariant.AOT_CACHE);
        long childrenBefore = ProcessHandle.current().descendants().count();

        Map<String, String> recorded = options.variantAvailability();

        assertEquals(List.of("DEFAULT", "C1_ONLY", "NO_CDS", "AOT_CACHE"), List.copyOf(recorded.keySet()));
        assertEquals(Runtime.version().feature() >= 25, recorded.get("AOT_CACHE").equals("available"), recorded::toString);
        assertFalse(Files.exists(cacheDir), "a check trains nothing");
        assertEquals(childrenBefore, ProcessHandle.current().descendants().count(), "a check starts no child");
    }

    @Test
    void anUntrainedCacheRefusesToStartAChildAndNamesTheStep() throws IOException {
        Path jar = Files.writeString(dir.resolve("benchmarks.jar"), "x");
        ChildJvmOptions options = ChildJvmOptions.defaults().withClasspath(jar.toString())
                .withAotCacheDir(dir.resolve("aot")).withVariant(StartupVariant.AOT_CACHE);
        WorkerStartException e = assertThrows(WorkerStartException.class,
                () -> ChildJvm.command(options, List.of(), WorkerMain.class, List.of()));
        assertTrue(e.getMessage().contains(Runtime.version().feature() >= 25 ? "StartupVariant.prepare" : "not available"),
                e.getMessage());
    }

    @Test
    void aClassDirectoryMakesTheAotCacheUnavailableWithoutTraining() throws IOException {
        ChildJvmOptions options = ChildJvmOptions.defaults().withClasspath(dir.toString())
                .withAotCacheDir(dir.resolve("aot"));
        String status = StartupVariant.AOT_CACHE.prepare(options).toString();
        assertTrue(status.startsWith("not available on this JDK: "), status);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().equals("aot")).toList());
        }
    }
}
