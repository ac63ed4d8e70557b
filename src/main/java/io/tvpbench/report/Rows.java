package io.tvpbench.report;

import java.util.ArrayList;
import java.util.List;

/** Builds a table that gains a leading "machine" column when the report merges several machines. */
final class Rows {

    private final boolean withMachine;
    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    Rows(boolean withMachine, String... header) {
        this.withMachine = withMachine;
        if (withMachine) {
            this.header.add("machine");
        }
        this.header.addAll(List.of(header));
    }

    Rows add(String machine, String... cells) {
        List<String> row = new ArrayList<>();
        if (withMachine) {
            row.add(machine);
        }
        row.addAll(List.of(cells));
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Block.Table table() {
        return new Block.Table(header, rows);
    }
}
