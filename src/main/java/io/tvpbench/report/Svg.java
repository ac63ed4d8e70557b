package io.tvpbench.report;

import io.tvpbench.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG writer: just the elements the charts use, every text escaped, coordinates in {@link Locale#ROOT}.
 * The drawing scales to its container ({@code viewBox}, width 100%) so charts stay readable on a phone.
 */
final class Svg {

    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000", "#F0E442", "#999999");

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String title;

    Svg(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    static String color(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    /**
     * About how wide {@code text} sets at {@code size}, erring wide (DejaVu Sans, the widest common fallback face),
     * so a label column and a cell can be sized to their text without a font to measure with.
     */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += switch (c) {
                case '=', '×', 'm', 'w', 'M', 'W' -> 0.95;
                case ' ', '.', ',', ':', 'i', 'l', 'j', 'I', '|' -> 0.32;
                case 'r', 't', 'f', '(', ')' -> 0.42;
                case '_' -> 0.5;
                default -> Character.isUpperCase(c) ? 0.72 : 0.62;
            };
        }
        return em * size;
    }

    /** {@code text} broken at spaces into lines no wider than {@code maxWidth} (a word wider than that stands alone). */
    static List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && textWidth(line + " " + word, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append('"');
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\">");
        if (tooltip != null) {
            body.append("<title>").append(Escape.html(tooltip)).append("</title>");
        }
        body.append("</circle>\n");
        return this;
    }

    Svg polyline(List<double[]> points, String stroke, double strokeWidth, String dash) {
        if (points.size() < 2) {
            return this;
        }
        body.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth))
                .append('"');
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append(" points=\"");
        for (double[] p : points) {
            body.append(n(p[0])).append(',').append(n(p[1])).append(' ');
        }
        body.setLength(body.length() - 1);
        body.append("\"/>\n");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end}; {@code rotate} turns it about its anchor. */
    Svg text(double x, double y, String text, String anchor, double size, String fill, double rotate) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append('"');
        if (rotate != 0) {
            body.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y))
                    .append(")\"");
        }
        body.append('>').append(Escape.html(text)).append("</text>\n");
        return this;
    }

    @Override
    public String toString() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + ' ' + n(height)
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + Escape.html(title) + "\""
                + " font-family=\"system-ui, -apple-system, Segoe UI, Roboto, sans-serif\">\n"
                + "<title>" + Escape.html(title) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }
}
