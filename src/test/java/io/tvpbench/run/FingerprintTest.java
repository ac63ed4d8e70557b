package io.tvpbench.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintTest {

    private static RunEnvironment env(ObjectNode json) throws IOException {
        return JmhResults.mapper().treeToValue(json, RunEnvironment.class);
    }

    private static ObjectNode json() throws IOException {
        return (ObjectNode) JmhResults.mapper().readTree("""
                {"hostname": "bench-1", "jdk": {"version": "25.0.1+8-LTS", "jvmArgs": ["-Xmx2g"]},
                 "os": {"name": "Linux", "arch": "amd64"}, "cpu": {"model": "AMD EPYC", "logicalCpus": 2},
                 "memory": {"totalBytes": 25769803776}}""");
    }

    @Test
    void isTheFirst12HexDigitsOfTheSha256OfTheDocumentedFields() throws IOException {
        // printf 'AMD EPYC\n2\n25.0.1+8-LTS\n-Xmx2g\nLinux\namd64\n25769803776' | sha256sum | cut -c1-12
        assertEquals("4627a2a5230f", Fingerprint.of(env(json())));
    }

    @Test
    void ignoresTheHostButNotTheFlags() throws IOException {
        ObjectNode otherHost = json().put("hostname", "bench-2");
        assertEquals(Fingerprint.of(env(json())), Fingerprint.of(env(otherHost)));
        ObjectNode otherFlags = json();
        ((ObjectNode) otherFlags.get("jdk")).putArray("jvmArgs").add("-Xmx4g");
        assertNotEquals(Fingerprint.of(env(json())), Fingerprint.of(env(otherFlags)));
    }
}
