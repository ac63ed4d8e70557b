package io.tvpbench.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code tvp report}, each with its file name and renderer. */
public enum ReportFormat {
    MD("report.md") {
        @Override
        Renderer renderer() {
            return new MarkdownRenderer();
        }
    },
    HTML("report.html") {
        @Override
        Renderer renderer() {
            return new HtmlRenderer();
        }
    },
    CSV("summary.csv") {
        @Override
        Renderer renderer() {
            return new CsvRenderer();
        }
    },
    JSON("summary.json") {
        @Override
        Renderer renderer() {
            return new JsonRenderer();
        }
    };

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    abstract Renderer renderer();

    /**
     * A format by its name as the CLI spells it ({@code md}, {@code html}, {@code csv}, {@code json}).
     *
     * @throws IllegalArgumentException naming the valid formats
     */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name + "' (valid: "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","))
                    + ")");
        }
    }

    /** Turns a report into one file's content. */
    interface Renderer {
        String render(Report report);
    }
}
