package io.tvpbench.run;

import io.tvpbench.worker.ArchiveKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Class-data sharing for the JMH forks: each fork maps a dynamic archive of the classes the forks load (JMH, the
 * suite, its libraries), which the first fork writes as it exits ({@code -XX:+AutoCreateSharedArchive}, JDK 19+)
 * and the JVM rewrites itself when the jar or its flags no longer match. It changes nothing a fork measures (the
 * same classes, verified once; the JIT starts from nothing as before) and only what a fork costs: on the dev VM
 * (2026-12-01) six forks of an empty benchmark took 3.3–3.6 s with it against 4.0–4.6 s without, 0.1 s a fork,
 * about 80 s of a standard run's 672. The archive is named per java, jar (size and date) and fork flags
 * ({@link ArchiveKey}), so two builds measured side by side keep one archive each.
 *
 * @param archive the archive file, under the temporary directory
 */
record ForkClassData(Path archive) {

    /** The directory under {@code java.io.tmpdir} that holds the archives. */
    static final String DIRECTORY = "tvp-fork-cds";

    /** The archive for forks of {@code java} on {@code jar} with {@code forkJvm}; empty where it does not apply. */
    static Optional<ForkClassData> of(Path java, Path jar, ForkJvmOptions forkJvm) {
        if (!appliesTo(forkJvm)) {
            return Optional.empty();
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), DIRECTORY);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.empty();
        }
        String key = ArchiveKey.of(java.toString(), jar.toAbsolutePath().toString(), forkJvm.options());
        return Optional.of(new ForkClassData(dir.resolve("forks-" + key + ".jsa")));
    }

    /**
     * Whether the forks get an archive: with the pinned flags or the user's, unless those set class-data sharing or
     * an AOT cache themselves; not with {@value ForkJvmOptions#NONE}, which leaves the forks as a plain JMH run's.
     */
    static boolean appliesTo(ForkJvmOptions forkJvm) {
        return !forkJvm.options().isEmpty() && forkJvm.options().stream().noneMatch(o -> o.startsWith("-Xshare")
                || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit") || o.startsWith("-XX:AOT"));
    }

    /** The fork flags that map the archive, writing it first where it is missing or stale. */
    List<String> flags() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
    }
}
