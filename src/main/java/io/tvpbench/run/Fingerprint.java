package io.tvpbench.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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
    public static String of(JsonNode env) {
        List<String> jvmArgs = new ArrayList<>();
        env.path("jdk").path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
        String joined = String.join("\n",
                env.path("cpu").path("model").asText(""),
                env.path("cpu").path("logicalCpus").asText(""),
                env.path("jdk").path("version").asText(""),
                String.join(" ", jvmArgs),
                env.path("os").path("name").asText(""),
                env.path("os").path("arch").asText(""),
                env.path("memory").path("totalBytes").asText(""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
