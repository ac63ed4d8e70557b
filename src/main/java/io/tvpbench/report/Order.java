package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The suite's names in their documented order (unknown names after them) and their labels. */
final class Order {

    private Order() {
    }

    static int rank(List<String> known, String name) {
        int i = known.indexOf(name);
        return i < 0 ? known.size() : i;
    }

    /** A result's params whose names pass the filter, sorted by name. */
    static SortedMap<String, String> params(JmhResult result, Predicate<String> keep) {
        SortedMap<String, String> params = new TreeMap<>();
        result.params().forEach((k, v) -> {
            if (keep.test(k)) {
                params.put(k, v);
            }
        });
        return params;
    }

    /** {@code head k1=v1 k2=v2}. */
    static String label(String head, Map<String, String> params) {
        StringBuilder s = new StringBuilder(head == null ? "" : head);
        params.forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }
}
