package io.tvpbench.worker;

import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public child-JVM API the start-up and footprint benchmarks use, under every start-up variant. */
class ChildJvmIT {

    private static final TaskSpec CPU_TASK = TaskSpec.batch(Workload.CPU, 1, Grain.parse("100us"), 0, 0).getFirst();

    @TempDir
    Path aotDir;

    /** The shaded jar Failsafe names; the AOT cache needs jars, not target/classes. */
    private ChildJvmOptions jarOptions() {
        String jar = System.getProperty("tvp.benchmarksJar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "tvp.benchmarksJar names the built jar: " + jar);
        return ChildJvmOptions.defaults().withClasspath(jar).withAotCacheDir(aotDir);
    }

    private static List<String> arguments(WorkerProcess worker) {
        return ProcessHandle.of(worker.pid()).orElseThrow().info().arguments().map(List::of).orElse(List.of());
    }

    @ParameterizedTest
    @EnumSource(value = StartupVariant.class, names = {"DEFAULT", "C1_ONLY", "NO_CDS"})
    void everyVariantStartsAChildThatComputesLikeThisJvm(StartupVariant variant) throws Exception {
        ChildJvmOptions options = ChildJvmOptions.defaults().withVariant(variant);
        assertEquals("available", variant.availability(options).toString());
        WorkerProcess worker = WorkerProcess.start(options);
        try (worker) {
            List<String> args = arguments(worker);
            assertTrue(args.containsAll(variant.jvmOptions(options)), variant + ": " + args);
            assertTrue(args.contains("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors()), args::toString);
            assertEquals(Tasks.execute(CPU_TASK, TaskContext.local()), worker.call(CPU_TASK, null));
            assertTrue(worker.rssBytes() > 1 << 20, "a JVM's RSS is more than 1 MiB: " + worker.rssBytes());
        }
        assertFalse(worker.isAlive(), "close ends the child");
    }

    @Test
    void theAotCacheIsTrainedByPrepareOnceAndUsedOrReportedUnavailable() throws Exception {
        ChildJvmOptions options = jarOptions().withVariant(StartupVariant.AOT_CACHE);
        Availability availability = StartupVariant.AOT_CACHE.prepare(options);
        if (Runtime.version().feature() < 25) {
            assertFalse(availability.available());
            assertTrue(availability.toString().startsWith("not available on this JDK: -XX:AOTCacheOutput needs JDK 25"),
                    availability.toString());
            assertThrows(WorkerStartException.class, () -> WorkerProcess.start(options));
            return;
        }
        assertTrue(availability.available(), availability.toString());
        Path cache = onlyFile(aotDir);
        FileTime trained = Files.getLastModifiedTime(cache);
        try (WorkerProcess worker = WorkerProcess.start(options)) {
            assertTrue(arguments(worker).contains("-XX:AOTCache=" + cache), arguments(worker)::toString);
            assertTrue(arguments(worker).contains("-XX:AOTMode=on"), "a cache that cannot be used is an error");
            assertEquals(Tasks.execute(CPU_TASK, TaskContext.local()), worker.call(CPU_TASK, null));
        }
        assertEquals(cache, onlyFile(aotDir), "later children reuse the trained cache");
        assertEquals(trained, Files.getLastModifiedTime(cache));
        assertEquals(Map.of("DEFAULT", "available", "C1_ONLY", "available", "NO_CDS", "available",
                "AOT_CACHE", "available"), options.variantAvailability(), "what env.json records");
    }

    @Test
    void theAotCacheIsUnavailableWithAClassDirectoryAndSaysWhy(@TempDir Path classes) throws Exception {
        Files.writeString(classes.resolve("marker"), "x");
        ChildJvmOptions options = jarOptions().withClasspath(classes.toString()).withVariant(StartupVariant.AOT_CACHE);
        Availability availability = StartupVariant.AOT_CACHE.availability(options);
        assertFalse(availability.available());
        assertTrue(availability.toString().startsWith("not available on this JDK: "), availability.toString());
        WorkerStartException e = assertThrows(WorkerStartException.class, () -> WorkerProcess.start(options));
        assertTrue(e.getMessage().contains("AOT_CACHE is not available"), e.getMessage());
    }

    @Test
    void thePipeEchoFloorRoundTripsAndEnds() {
        PipeEcho echo = PipeEcho.start(ChildJvmOptions.defaults(), 32);
        try (echo) {
            for (int i = 0; i < 100; i++) {
                echo.roundTrip();
            }
        }
        assertFalse(ProcessHandle.of(echo.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Path onlyFile(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "one cache file: " + all);
            return all.getFirst();
        }
    }
}
