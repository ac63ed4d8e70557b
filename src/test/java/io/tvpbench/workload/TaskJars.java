package io.tvpbench.workload;

import io.tvpbench.api.Task;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A user's jar, compiled in the test against the public API only and written to a temporary directory: it is
 * on no classpath of the harness, so it loads exactly as a user's code would.
 */
public final class TaskJars {

    /** Package of every fixture task. */
    public static final String PKG = "com.acme";

    private TaskJars() {
    }

    /** Compiles {@code sources} (simple class name to the body after the package line) into {@code dir/user.jar}. */
    public static Path compile(Path dir, Map<String, String> sources) {
        try {
            Path src = Files.createDirectories(dir.resolve("src/com/acme"));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-d", classes.toString(),
                    "-cp", apiLocation().toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey() + ".java");
                Files.writeString(file, "package " + PKG + ";\n" + source.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("fixture tasks do not compile: " + errors.toString(StandardCharsets.UTF_8));
            }
            Path jar = dir.resolve("user.jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    copy(file, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        out.write(Files.readAllBytes(file));
    }

    private static Path apiLocation() {
        try {
            return Path.of(Task.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-behaved task: checksum {@code index * 31 + arg length}, computed the same in every JVM. */
    public static final String GOOD = """
            public class Good implements io.tvpbench.api.Task {
                private long offset;
                public void setUp(String arg) { offset = arg.length(); }
                public long run(long index) { return index * 31 + offset; }
            }
            """;

    /** Returns -1 when it can see the harness's Jackson: its class loader must hide the harness's dependencies. */
    public static final String ISOLATED = """
            public class Isolated implements io.tvpbench.api.Task {
                public long run(long index) {
                    try {
                        Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false,
                                Thread.currentThread().getContextClassLoader());
                        return -1;
                    } catch (ClassNotFoundException expected) {
                        try {
                            Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
                            return -2;
                        } catch (ClassNotFoundException alsoExpected) {
                            return index;
                        }
                    }
                }
            }
            """;

    public static final String NO_CONSTRUCTOR = """
            public class NoConstructor implements io.tvpbench.api.Task {
                public NoConstructor(int size) { }
                public long run(long index) { return index; }
            }
            """;

    public static final String NOT_A_TASK = """
            public class NotATask {
                public long run(long index) { return index; }
            }
            """;

    public static final String SET_UP_THROWS = """
            public class SetUpThrows implements io.tvpbench.api.Task {
                public void setUp(String arg) throws java.io.IOException {
                    throw new java.io.IOException("cannot reach db.example:5432");
                }
                public long run(long index) { return index; }
            }
            """;

    /**
     * Goes wrong differently under each strategy: hangs on a pool thread (FIXED_POOL's "tvp-pool-"), returns a
     * per-JVM value on a virtual thread (not deterministic), and throws at index 3 in a child JVM; on the caller's
     * thread (SEQUENTIAL) it behaves.
     */
    public static final String FAULTY = """
            public class Faulty implements io.tvpbench.api.Task {
                public long run(long index) throws Exception {
                    if (System.getProperty("tvp.task") != null && index == 3) {
                        throw new IllegalStateException("no database in a child JVM");
                    }
                    if (Thread.currentThread().getName().startsWith("tvp-pool-") && index == 2) {
                        while (true) {
                            try { Thread.sleep(60_000); } catch (InterruptedException ignored) { }
                        }
                    }
                    if (Thread.currentThread().isVirtual()) {
                        return index + 1_000_000;
                    }
                    return index;
                }
            }
            """;

    /** Every fixture, by class name. */
    public static Map<String, String> all() {
        return Map.of("Good", GOOD, "Isolated", ISOLATED, "NoConstructor", NO_CONSTRUCTOR, "NotATask", NOT_A_TASK,
                "SetUpThrows", SET_UP_THROWS, "Faulty", FAULTY);
    }
}
