package io.tvpbench.workload;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's classpath in a loader of its own: it sees the JDK, the public API package (from the harness, so
 * both sides share one {@code Task} interface) and the user's jars, never the harness's own dependencies, so a
 * task may bring another Jackson version than ours.
 */
final class TaskClassLoader extends URLClassLoader {

    private static final String API_PACKAGE = "io.tvpbench.api.";

    private TaskClassLoader(URL[] urls) {
        super("tvp-task", urls, ClassLoader.getPlatformClassLoader());
    }

    /** A loader for {@code classpath}: entries split on the path separator, {@code dir/*} meaning dir's jars. */
    static TaskClassLoader of(String classpath) {
        return new TaskClassLoader(expand(classpath).stream().map(TaskClassLoader::url).toArray(URL[]::new));
    }

    /**
     * The classpath's entries as files, {@code dir/*} expanded to the jars in dir as {@code java -cp} does.
     *
     * @throws UserTaskException naming an entry that does not exist
     */
    static List<Path> expand(String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("*")) {
                String dir = entry.substring(0, entry.length() - 1);
                entries.addAll(jarsIn(Path.of(dir.isEmpty() ? "." : dir), entry));
            } else {
                Path path = Path.of(entry);
                if (!Files.exists(path)) {
                    throw new UserTaskException("classpath entry " + entry + " does not exist", null);
                }
                entries.add(path.toAbsolutePath());
            }
        }
        if (entries.isEmpty()) {
            throw new UserTaskException("the task's classpath is empty; give --classpath app.jar[:lib/*]", null);
        }
        return entries;
    }

    private static List<Path> jarsIn(Path dir, String entry) {
        if (!Files.isDirectory(dir)) {
            throw new UserTaskException("classpath entry " + entry + ": " + dir + " is not a directory", null);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .sorted().map(Path::toAbsolutePath).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UserTaskException("classpath entry " + path + " is not a valid location", e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE)) {
            return TaskClassLoader.class.getClassLoader().loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
