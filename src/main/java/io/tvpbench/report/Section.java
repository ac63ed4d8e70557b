package io.tvpbench.report;

import java.util.List;

/** A report section: the question it answers, then its blocks. */
public record Section(String id, String title, String question, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
