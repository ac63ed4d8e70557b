package io.tvpbench.worker;

import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained cache behind {@link StartupVariant#AOT_CACHE}: a child started with JDK 25's
 * {@code -XX:AOTCacheOutput} runs every workload once and writes the cache as it exits; later children start
 * with {@code -XX:AOTCache}. The file name hashes the java, classpath (with sizes and dates) and JVM options, so
 * a cache is reused only by the configuration that trained it. Where training is impossible the variant is
 * "not available" with the reason.
 */
final class AotCache {

    private static final Duration TRAINING_EXIT = Duration.ofMinutes(2);
    private static final Map<Path, Result> RESULTS = new ConcurrentHashMap<>();

    private AotCache() {
    }

    /** A trained cache file, or why there is none. */
    record Result(Path file, Availability availability) {
    }

    /** Trains the cache for these options unless this JVM already did or the file already exists. */
    static Result prepare(ChildJvmOptions options) {
        ChildJvmOptions common = options.withVariant(StartupVariant.DEFAULT);
        Path file = options.aotCacheDir().resolve("worker-" + key(common) + ".aot");
        return RESULTS.computeIfAbsent(file, f -> train(common, f));
    }

    /** The cache file for these options; throws with the reason when the variant is not available. */
    static Path require(ChildJvmOptions options) {
        Result result = prepare(options);
        if (!result.availability().available()) {
            throw new WorkerStartException(-1, "start-up variant AOT_CACHE is " + result.availability(), null);
        }
        return result.file();
    }

    private static Result train(ChildJvmOptions options, Path file) {
        if (options.sameJavaAsThisJvm() && Runtime.version().feature() < 25) {
            return new Result(file, Availability.notAvailable(
                    "-XX:AOTCacheOutput needs JDK 25 or newer, the children run " + Runtime.version()));
        }
        for (String entry : options.classpath().split(File.pathSeparator)) {
            if (Files.isDirectory(Path.of(entry))) {
                return new Result(file, Availability.notAvailable("the AOT cache needs jar files on the classpath, '"
                        + entry + "' is a directory (use target/benchmarks.jar)"));
            }
        }
        if (Files.isRegularFile(file)) {
            return new Result(file, Availability.AVAILABLE);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        String stderr;
        int exit;
        try (TaskContext context = TaskContext.local()) {
            Files.createDirectories(file.getParent());
            WorkerProcess trainer = WorkerProcess.start(options, List.of("-XX:AOTCacheOutput=" + partial));
            try {
                for (TaskSpec task : trainingTasks()) {
                    trainer.call(task, context.echoAddress());
                }
            } finally {
                exit = trainer.close(TRAINING_EXIT);
                stderr = trainer.stderrTail();
            }
            if (exit != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                Files.deleteIfExists(partial);
                return new Result(file, Availability.notAvailable("the training child (exit code " + exit
                        + ") wrote no cache" + (stderr.isEmpty() ? "" : "; stderr: " + stderr)));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Result(file, Availability.AVAILABLE);
        } catch (WorkerException | IOException e) {
            return new Result(file, Availability.notAvailable("training failed: " + e.getMessage()));
        }
    }

    /** A few tasks of every workload, so the cache holds the classes and profiles a real run uses. */
    private static List<TaskSpec> trainingTasks() {
        List<TaskSpec> tasks = new ArrayList<>();
        for (Workload workload : Workload.values()) {
            if (workload == Workload.USER_TASK) {
                continue;
            }
            tasks.addAll(TaskSpec.batch(workload, 4, Grain.parse("200us"), 100, 64 << 10));
        }
        return tasks;
    }

    private static String key(ChildJvmOptions options) {
        StringBuilder text = new StringBuilder(options.java()).append('\n');
        for (String entry : options.classpath().split(File.pathSeparator)) {
            File f = new File(entry);
            text.append(entry).append(' ').append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        options.jvmOptions().forEach(o -> text.append(o).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
