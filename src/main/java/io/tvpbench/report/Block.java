package io.tvpbench.report;

import java.util.List;

/** One piece of a report section, rendered by every format in its own way; all text is raw and escaped there. */
public sealed interface Block {

    /** A paragraph of plain text. */
    record Text(String text) implements Block {
    }

    /** Something the reader must know before trusting the numbers. */
    record Warning(String text) implements Block {
    }

    /** A table; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An SVG chart, also written as {@code charts/<name>.svg}; its text is escaped already. */
    record Chart(String name, String title, String svg) implements Block {
    }
}
