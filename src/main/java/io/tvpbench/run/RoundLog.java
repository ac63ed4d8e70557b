package io.tvpbench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RoundsFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run directory's {@code rounds.json} (docs/formats.md): the seed, each round's order, and for every
 * configuration the round of each of its forks, in the order of the forks in {@code jmh-result.json}, and what
 * each fork took from request to result (the round host's own timing: JVM start, set-up, iterations, tear-down).
 * It is the side file that pairs forks without adding a param to JMH's JSON; rewritten after every fork.
 */
final class RoundLog {

    /** The side file's name in a run directory. */
    static final String FILE_NAME = RoundsFile.FILE_NAME;

    private final Path file;
    private final long seed;
    private final List<List<String>> orders = new ArrayList<>();
    private final Map<String, List<Integer>> forkRounds = new LinkedHashMap<>();
    private final Map<String, List<Double>> forkSeconds = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();

    RoundLog(Path file, long seed) {
        this.file = file;
        this.seed = seed;
    }

    void round(List<Configuration> order) {
        orders.add(order.stream().map(Configuration::key).toList());
    }

    /** Records a finished fork of the current round, which took {@code millis} from request to result. */
    void fork(Configuration configuration, boolean ok, long millis) throws IOException {
        int round = orders.size();
        if (ok) {
            forkRounds.computeIfAbsent(configuration.key(), k -> new ArrayList<>()).add(round);
            forkSeconds.computeIfAbsent(configuration.key(), k -> new ArrayList<>()).add(millis / 1000.0);
        } else {
            failed.add(round + " " + configuration.key());
        }
        write();
    }

    /** The forks' rounds so far, as a reader of the file would see them. */
    RoundsFile snapshot() {
        return new RoundsFile(1, seed, forkRounds, forkSeconds);
    }

    long seed() {
        return seed;
    }

    int count() {
        return orders.size();
    }

    private void write() throws IOException {
        ObjectNode root = JmhResults.mapper().createObjectNode();
        root.put("schemaVersion", 1).put("seed", seed);
        ArrayNode rounds = root.putArray("rounds");
        for (int i = 0; i < orders.size(); i++) {
            ObjectNode r = rounds.addObject().put("round", i + 1);
            orders.get(i).forEach(r.putArray("order")::add);
        }
        ObjectNode forks = root.putObject("forks");
        forkRounds.forEach((key, list) -> list.forEach(forks.withArray(key)::add));
        ObjectNode seconds = root.putObject("forkSeconds");
        forkSeconds.forEach((key, list) -> list.forEach(seconds.withArray(key)::add));
        failed.forEach(root.putArray("failed")::add);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
