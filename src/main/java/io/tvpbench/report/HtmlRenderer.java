package io.tvpbench.report;

import io.tvpbench.text.Escape;

/**
 * One self-contained HTML file: inline CSS and SVG, no script, no network (a Content-Security-Policy forbids
 * both), tables that scroll sideways on a phone. Every input text is escaped.
 */
final class HtmlRenderer implements ReportFormat.Renderer {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa;line-height:1.45}
            main{max-width:960px;margin:0 auto;padding:12px 16px 48px}
            h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
            .q{font-style:italic;color:#555}
            nav ul{display:flex;flex-wrap:wrap;gap:4px 14px;padding:0;list-style:none}
            .scroll{overflow-x:auto;margin:12px 0}
            table{border-collapse:collapse;font-size:.9rem;background:#fff}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f0f0f0}
            .warn{background:#fff4e5;border-left:4px solid #e69f00;padding:8px 12px;margin:10px 0}
            figure{margin:16px 0;background:#fff;border:1px solid #eee;overflow-x:auto}
            figure:not(.spark) svg{min-width:560px}
            #glance figure{max-width:460px}#glance figure svg{min-width:0}
            figure.spark{display:inline-block;width:270px;margin:6px}
            figcaption{font-size:.8rem;color:#555;padding:4px 8px;word-break:break-all}
            svg{display:block;max-width:100%;height:auto}
            """;

    @Override
    public String render(Report report) {
        StringBuilder html = new StringBuilder();
        String title = Escape.html(report.title());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(title).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<h1>").append(title).append("</h1>\n<nav><ul>\n");
        for (Section s : report.sections()) {
            html.append("<li><a href=\"#").append(s.id()).append("\">").append(Escape.html(s.title())).append("</a></li>\n");
        }
        html.append("</ul></nav>\n");
        for (Section s : report.sections()) {
            html.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Escape.html(s.title()))
                    .append("</h2>\n<p class=\"q\">").append(Escape.html(s.question())).append("</p>\n");
            for (Block b : s.blocks()) {
                switch (b) {
                    case Block.Text t -> html.append("<p>").append(Escape.html(t.text())).append("</p>\n");
                    case Block.Warning w -> html.append("<p class=\"warn\"><strong>Warning:</strong> ")
                            .append(Escape.html(w.text())).append("</p>\n");
                    case Block.Table t -> table(html, t);
                    case Block.Chart c -> html.append(c.name().isEmpty() ? "<figure class=\"spark\">\n" : "<figure>\n")
                            .append(c.svg()).append("<figcaption>").append(Escape.html(c.title()))
                            .append("</figcaption>\n</figure>\n");
                }
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Block.Table t) {
        html.append("<div class=\"scroll\"><table>\n<thead><tr>");
        t.header().forEach(h -> html.append("<th>").append(Escape.html(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (java.util.List<String> row : t.rows()) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(Escape.html(c)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }
}
