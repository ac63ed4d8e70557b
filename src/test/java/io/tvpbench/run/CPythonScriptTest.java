package io.tvpbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tvpbench.workload.Checksums;
import io.tvpbench.workload.CpuKernel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CPython comparison script as the runner ships it (from the classpath): the kernel it runs is the JVM's, and
 * one run writes every strategy's repeats and dispatch round trips. Skipped where no python3 is on PATH.
 */
class CPythonScriptTest {

    private static Path python;
    private static Path script;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findPython() throws IOException {
        python = Executables.onPath("python3").orElse(null);
        assumeTrue(python != null, "python3 is not on PATH");
        script = dir.resolve("tvp_cpython.py");
        try (InputStream in = CPythonRun.class.getResourceAsStream("tvp_cpython.py")) {
            assertTrue(in != null, "the script is not on the classpath beside CPythonRun");
            Files.copy(in, script);
        }
    }

    @Test
    void theScriptsKernelComputesTheJvmsChecksums() throws Exception {
        long[][] cases = {{0, 0}, {3, 1000}, {255, 4500}, {17, 450_000}};
        for (long[] c : cases) {
            Run r = run("--task", Long.toString(c[0]), Long.toString(c[1]));
            assertEquals(0, r.code, r.output);
            assertEquals(CpuKernel.run(Checksums.seed((int) c[0]), c[1]), Long.parseLong(r.output.trim()),
                    "task " + c[0] + " with " + c[1] + " iterations");
        }
    }

    @Test
    void oneCoreCountWritesEveryStrategysRepeatsAndRoundTrips() throws Exception {
        Path out = dir.resolve("cpython.json");
        Run r = run("--grains", "10us,1ms", "--batch", "16", "--repeats", "5", "--min-time", "0.01", "--out", out.toString());
        assertEquals(0, r.code, r.output);
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertEquals("measured", doc.get("status").asText());
        assertTrue(doc.get("python").get("version").asText().startsWith("3."), doc.toString());
        assertEquals(2, doc.get("grains").size());
        assertTrue(doc.get("grains").get(1).get("iterations").asLong() > doc.get("grains").get(0).get("iterations").asLong(),
                "1ms is calibrated to more work than 10us");
        Set<String> rows = new TreeSet<>();
        for (JsonNode row : doc.get("throughput")) {
            rows.add(row.get("strategy").asText() + "/" + row.get("grain").asText());
            assertEquals(5, row.get("tasksPerSecond").size(), row.toString());
            row.get("tasksPerSecond").forEach(v -> assertTrue(v.asDouble() > 0, row.toString()));
            assertEquals(row.get("cpus").size(), row.get("cores").asInt(), "cores are the CPUs it ran on");
        }
        assertEquals(new TreeSet<>(List.of("sequential/10us", "ThreadPoolExecutor/10us", "ProcessPoolExecutor/10us",
                "asyncio/10us", "sequential/1ms", "threading/1ms", "ThreadPoolExecutor/1ms", "ProcessPoolExecutor/1ms",
                "asyncio/1ms")), rows, "a thread per task runs coarse grains only, as THREAD_PER_TASK does");
        Set<String> trips = new TreeSet<>();
        doc.get("dispatch").forEach(row -> {
            trips.add(row.get("strategy").asText());
            assertEquals(5, row.get("microseconds").size(), row.toString());
        });
        assertEquals(Set.of("threading", "ThreadPoolExecutor", "ProcessPoolExecutor", "asyncio"), trips);

        Run again = run("--grains", "10us,1ms", "--batch", "16", "--repeats", "5", "--min-time", "0.01", "--out", out.toString());
        assertEquals(2, again.code, "a core count is measured once per file");
        assertTrue(again.output.contains("already holds cores="), again.output);
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Run wrongCores = run("--cores", "4096");
        assertEquals(2, wrongCores.code);
        assertTrue(wrongCores.output.startsWith("tvp_cpython: asked to measure 4096 cores"), wrongCores.output);
        assertEquals(1, wrongCores.output.strip().lines().count(), wrongCores.output);
        Run badGrain = run("--grains", "fast");
        assertEquals(2, badGrain.code);
        assertTrue(badGrain.output.contains("bad grain 'fast'"), badGrain.output);
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        return new Run(p.exitValue(), output);
    }
}
