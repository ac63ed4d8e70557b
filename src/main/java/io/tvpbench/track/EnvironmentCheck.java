package io.tvpbench.track;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.RunEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether two runs measured the same kind of machine with the same JDK and flags. A difference does not make a
 * regression bogus, but it makes it unattributable, so it is stated first and does not fail a build by default.
 *
 * @param differences one line per differing property, e.g. {@code CPU model: A → B}
 * @param unknown     one line per side whose environment could not be checked (no env.json)
 */
public record EnvironmentCheck(List<String> differences, List<String> unknown) {

    public EnvironmentCheck {
        differences = List.copyOf(differences);
        unknown = List.copyOf(unknown);
    }

    public boolean differs() {
        return !differences.isEmpty();
    }

    /** Compares env.json where both sides have one, otherwise the JDK and flags JMH recorded in each result. */
    static EnvironmentCheck of(RunInput baseline, RunInput current) {
        List<String> differences = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        RunEnvironment b = baseline.environment();
        RunEnvironment c = current.environment();
        if (!b.isKnown()) {
            unknown.add("baseline has no env.json");
        }
        if (!c.isKnown()) {
            unknown.add("current run has no env.json");
        }
        if (b.isKnown() && c.isKnown()) {
            differ(differences, "fingerprint", b.fingerprint(), c.fingerprint());
            differ(differences, "CPU model", b.cpuModel(), c.cpuModel());
            differ(differences, "logical CPUs", b.logicalCpus(), c.logicalCpus());
            differ(differences, "core counts", coreCounts(b), coreCounts(c));
            differ(differences, "JDK", b.jdkVersion(), c.jdkVersion());
            differ(differences, "JVM flags", b.jvmArgs(), c.jvmArgs());
        } else {
            differ(differences, "JDK (from JMH)", reported(baseline, JmhResult::jdkVersion), reported(current, JmhResult::jdkVersion));
            differ(differences, "VM (from JMH)", reported(baseline, JmhResult::vmName), reported(current, JmhResult::vmName));
            differ(differences, "JVM flags (from JMH)", reported(baseline, JmhResult::jvmArgs), reported(current, JmhResult::jvmArgs));
        }
        return new EnvironmentCheck(differences, unknown);
    }

    /** The recorded core counts as env.json spells them ({@code [1,2]}), empty when not recorded. */
    private static String coreCounts(RunEnvironment env) {
        List<Integer> counts = env.cores() == null ? null : env.cores().counts();
        return counts == null ? "" : counts.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static Set<String> reported(RunInput run, Function<JmhResult, Object> field) {
        Set<String> values = new TreeSet<>();
        run.results().values().forEach(r -> values.add(String.valueOf(field.apply(r))));
        return values;
    }

    private static void differ(List<String> out, String what, Object baseline, Object current) {
        if (!Objects.equals(baseline, current)) {
            out.add(what + ": " + baseline + " → " + current);
        }
    }
}
