package io.tvpbench.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, filtered into a resource at build time, so env.json says which tool wrote it. */
public final class ToolVersion {

    private static final String RESOURCE = "/io/tvpbench/run/tool.properties";

    private ToolVersion() {
    }

    /** The Maven project version, or "dev" when the resource was not filtered (an IDE build). */
    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
