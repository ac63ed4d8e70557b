package io.tvpbench.text;

import java.util.function.IntFunction;

/** Escaping of text from the input (benchmark names, params) for each output language. */
public final class Escape {

    private Escape() {
    }

    /** For HTML and SVG text and attribute values. */
    public static String html(String s) {
        return map(s, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> c < 0x20 && c != '\n' && c != '\t' ? " " : null;
        });
    }

    /** For Markdown text and table cells: HTML is neutralised, Markdown syntax shown literally, one line. */
    public static String markdown(String s) {
        return map(s, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\n', '\r' -> " ";
            case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> "\\" + (char) c;
            default -> null;
        });
    }

    /** Replaces each character for which {@code replacement} answers non-null. */
    private static String map(String s, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            String r = replacement.apply(s.charAt(i));
            if (r == null) {
                out.append(s.charAt(i));
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }
}
