package io.tvpbench.worker;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The name of a JVM archive (an AOT cache, a class-data-sharing archive) that only the configuration it was made
 * for reuses: a hash of the java, each classpath entry with its size and date, and the JVM options. A rebuilt jar
 * or another flag names another file, so two builds measured side by side never overwrite each other's.
 */
public final class ArchiveKey {

    private ArchiveKey() {
    }

    /** Twelve hex digits naming the archive of {@code java} on {@code classpath} with {@code options}. */
    public static String of(String java, String classpath, List<String> options) {
        StringBuilder text = new StringBuilder(java).append('\n');
        for (String entry : classpath.split(File.pathSeparator)) {
            File f = new File(entry);
            text.append(entry).append(' ').append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        options.forEach(o -> text.append(o).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
