package io.tvpbench.worker;

import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained cache behind {@link StartupVariant#AOT_CACHE}: a child started with JDK 25's
 * {@code -XX:AOTCacheOutput} runs every workload once and writes the cache as it exits; later children start
 * with {@code -XX:AOTCache}. The file name hashes the java, classpath (with sizes and dates) and JVM options, so
 * a cache is reused only by the configuration that trained it. Checking is pure; training is the separate,
 * logged {@link #train} step. Where training is impossible the variant is "not available" with the reason.
 */
final class AotCache {

    private static final Duration TRAINING_EXIT = Duration.ofMinutes(2);
    /** Each cache file this JVM tried to train, with the outcome, so a failed training is not repeated. */
    private static final Map<Path, Availability> TRAINED = new ConcurrentHashMap<>();

    private AotCache() {
    }

    /**
     * Whether the variant can run with these options: the JDK and classpath allow a cache and no training in this
     * JVM has failed. Starts nothing.
     */
    static Availability check(ChildJvmOptions options) {
        Availability tried = TRAINED.get(file(options));
        return tried != null ? tried : preconditions(options);
    }

    /**
     * Trains the cache for these options, unless this JVM already tried or the file already exists: one child
     * JVM that runs every workload, announced on stderr since it takes seconds.
     */
    static Availability train(ChildJvmOptions options) {
        Availability possible = preconditions(options);
        if (!possible.available()) {
            return possible;
        }
        return TRAINED.computeIfAbsent(file(options), f -> Files.isRegularFile(f) ? Availability.AVAILABLE
                : trainInto(options.withVariant(StartupVariant.DEFAULT), f));
    }

    /** The trained cache file for these options; throws with the reason when there is none to use. */
    static Path require(ChildJvmOptions options) {
        Availability availability = check(options);
        if (!availability.available()) {
            throw new WorkerStartException(-1, "start-up variant AOT_CACHE is " + availability, null);
        }
        Path file = file(options);
        if (!Files.isRegularFile(file)) {
            throw new WorkerStartException(-1, "start-up variant AOT_CACHE has no trained cache " + file
                    + " (StartupVariant.prepare trains it)", null);
        }
        return file;
    }

    private static Path file(ChildJvmOptions options) {
        return options.aotCacheDir().resolve("worker-" + key(options.withVariant(StartupVariant.DEFAULT)) + ".aot");
    }

    private static Availability preconditions(ChildJvmOptions options) {
        if (options.sameJavaAsThisJvm() && Runtime.version().feature() < 25) {
            return Availability.notAvailable("-XX:AOTCacheOutput needs JDK 25 or newer, the children run "
                    + Runtime.version());
        }
        for (String entry : options.classpath().split(File.pathSeparator)) {
            if (Files.isDirectory(Path.of(entry))) {
                return Availability.notAvailable("the AOT cache needs jar files on the classpath, '" + entry
                        + "' is a directory (use target/benchmarks.jar)");
            }
        }
        return Availability.AVAILABLE;
    }

    private static Availability trainInto(ChildJvmOptions options, Path file) {
        System.err.println("tvp-bench: training the AOT cache " + file + " (one child JVM runs every workload)");
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
                return Availability.notAvailable("the training child (exit code " + exit + ") wrote no cache"
                        + (stderr.isEmpty() ? "" : "; stderr: " + stderr));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Availability.AVAILABLE;
        } catch (WorkerException | IOException e) {
            return Availability.notAvailable("training failed: " + e.getMessage());
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
        return ArchiveKey.of(options.java(), options.classpath(), options.jvmOptions());
    }
}
