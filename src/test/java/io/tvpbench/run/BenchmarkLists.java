package io.tvpbench.run;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.util.Optional;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** JMH benchmark lists as the annotation processor writes them, built in memory for planner tests. */
final class BenchmarkLists {

    private BenchmarkLists() {
    }

    static BenchmarkList of(BenchmarkListEntry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchmarkList.writeBenchmarkList(out, List.of(entries));
        return BenchmarkList.fromString(out.toString(StandardCharsets.UTF_8));
    }

    /** An entry for {@code package.Class.method} with the given mode and declared params. */
    static BenchmarkListEntry entry(String name, Mode mode, Map<String, String[]> params) {
        int dot = name.lastIndexOf('.');
        String owner = name.substring(0, dot);
        return new BenchmarkListEntry(owner, owner + "_jmhTest", name.substring(dot + 1), mode,
                Optional.none(), new int[]{1}, Optional.none(),
                Optional.none(), Optional.none(), Optional.none(), Optional.none(), Optional.none(), Optional.none(),
                Optional.none(), Optional.none(), Optional.none(), Optional.none(), Optional.none(), Optional.none(),
                params.isEmpty() ? Optional.none() : Optional.of(params),
                Optional.none(), Optional.none(), Optional.none());
    }
}
