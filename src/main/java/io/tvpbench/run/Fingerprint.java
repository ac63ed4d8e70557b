package io.tvpbench.run;

import io.tvpbench.results.RunEnvironment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The env.json fingerprint (docs/formats.md): two runs with the same one ran on the same kind of machine with the
 * same JDK and flags, so their numbers may be compared.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * First 12 hex digits of SHA-256 over cpu.model, cpu.logicalCpus, jdk.version, jdk.jvmArgs (joined by a
     * space), os.name, os.arch and memory.totalBytes, joined by newlines.
     */
    public static String of(RunEnvironment env) {
        RunEnvironment.Cpu cpu = env.cpu() == null ? new RunEnvironment.Cpu(null, null, null) : env.cpu();
        RunEnvironment.Jdk jdk = env.jdk() == null ? new RunEnvironment.Jdk(null, null, null, null, null, null) : env.jdk();
        RunEnvironment.Os os = env.os() == null ? new RunEnvironment.Os(null, null, null, null) : env.os();
        Long totalBytes = env.memory() == null ? null : env.memory().totalBytes();
        String joined = String.join("\n", text(cpu.model()), text(cpu.logicalCpus()), text(jdk.version()),
                String.join(" ", jdk.jvmArgs()), text(os.name()), text(os.arch()), text(totalBytes));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
