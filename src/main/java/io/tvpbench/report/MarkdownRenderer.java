package io.tvpbench.report;

import io.tvpbench.text.Escape;

/**
 * GitHub-flavoured Markdown, fit for a README or {@code $GITHUB_STEP_SUMMARY}: tables only, since a job summary
 * cannot show the chart files; every input text is escaped so it renders literally.
 */
final class MarkdownRenderer implements ReportFormat.Renderer {

    @Override
    public String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Escape.markdown(report.title())).append("\n\n");
        for (Section s : report.sections()) {
            md.append("## ").append(s.title()).append("\n\n_").append(s.question()).append("_\n\n");
            for (Block b : s.blocks()) {
                switch (b) {
                    case Block.Text t -> md.append(Escape.markdown(t.text())).append("\n\n");
                    case Block.Warning w -> md.append("> **Warning:** ").append(Escape.markdown(w.text())).append("\n\n");
                    case Block.Table t -> table(md, t);
                    case Block.Chart c -> {
                        if (!c.name().isEmpty()) {
                            md.append("Chart: [").append(Escape.markdown(c.title())).append("](charts/")
                                    .append(c.name()).append(".svg) (inline in report.html)\n\n");
                        }
                    }
                }
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Block.Table t) {
        row(md, t.header());
        md.append('|');
        t.header().forEach(h -> md.append(" --- |"));
        md.append('\n');
        t.rows().forEach(r -> row(md, r));
        md.append('\n');
    }

    private static void row(StringBuilder md, java.util.List<String> cells) {
        md.append('|');
        cells.forEach(c -> md.append(' ').append(Escape.markdown(c)).append(" |"));
        md.append('\n');
    }
}
