package io.tvpbench.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One run's directory, {@code <base>/<yyyyMMdd-HHmmss>-<gitsha>/} (docs/formats.md, UTC), and the {@code latest}
 * symlink beside it that readers follow to the newest run.
 */
public record RunDirectory(Path base, Path dir) {

    /** The link to the newest run inside the base directory. */
    public static final String LATEST = "latest";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Creates a fresh run directory; a second run in the same second gets a numeric suffix rather than mixing. */
    public static RunDirectory create(Path base, Instant startedAt, String gitSha) throws IOException {
        Path absolute = Files.createDirectories(base.toAbsolutePath());
        String name = STAMP.format(startedAt) + "-" + gitSha;
        for (int attempt = 1; ; attempt++) {
            try {
                return new RunDirectory(absolute, Files.createDirectory(absolute.resolve(attempt == 1 ? name : name + "." + attempt)));
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 100) {
                    throw taken;
                }
            }
        }
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Points {@code latest} at this run, replacing the old link atomically (a relative link, so the tree can move). */
    public void markLatest() throws IOException {
        Path tmp = base.resolve("." + LATEST + "-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, dir.getFileName());
        Files.move(tmp, base.resolve(LATEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
