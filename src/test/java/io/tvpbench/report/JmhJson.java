package io.tvpbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RunEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Writes result files in JMH's JSON shape, for tests that need exact known numbers. */
final class JmhJson {

    private final ArrayNode results = JmhResults.mapper().createArrayNode();

    /** Adds a result whose forks each have the given iteration scores. */
    JmhJson add(String benchmark, String mode, String unit, Map<String, String> params, double[]... forks) {
        ObjectNode r = results.addObject();
        r.put("jmhVersion", "1.37");
        r.put("benchmark", benchmark);
        r.put("mode", mode);
        r.put("threads", 1);
        r.put("forks", forks.length);
        r.put("jdkVersion", "25.0.1");
        r.put("vmName", "OpenJDK 64-Bit Server VM");
        ObjectNode p = r.putObject("params");
        new TreeMap<>(params).forEach(p::put);
        ObjectNode metric = r.putObject("primaryMetric");
        double sum = 0;
        int n = 0;
        ArrayNode raw = metric.putArray("rawData");
        for (double[] fork : forks) {
            ArrayNode f = raw.addArray();
            for (double v : fork) {
                f.add(v);
                sum += v;
                n++;
            }
        }
        metric.put("score", sum / n);
        metric.put("scoreError", Double.NaN);
        metric.put("scoreUnit", unit);
        r.putObject("secondaryMetrics");
        return this;
    }

    /** A throughput result of the suite in ops/s. */
    JmhJson thrpt(String strategy, String workload, int cores, double... forkMeans) {
        double[][] forks = new double[forkMeans.length][];
        for (int i = 0; i < forkMeans.length; i++) {
            forks[i] = new double[]{forkMeans[i], forkMeans[i]};
        }
        return add("io.tvpbench.bench.CpuThroughputBenchmark.tasks", "thrpt", "ops/s",
                Map.of("strategy", strategy, "workload", workload, "cores", Integer.toString(cores), "grain", "10us"), forks);
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JmhResults.mapper().writeValueAsString(results));
        return file;
    }

    /** Writes a minimal env.json into {@code dir}. */
    static void env(Path dir, String machine, boolean enforced) throws IOException {
        Files.writeString(dir.resolve(RunEnvironment.FILE_NAME), """
                {"schemaVersion": 1, "machine": "%s", "fingerprint": "%s", "jdk": {"version": "25.0.1"},
                 "cores": {"counts": [1, 2], "enforced": %s, "method": "taskset"}}
                """.formatted(machine, machine.hashCode(), enforced));
    }
}
