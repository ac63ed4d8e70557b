package io.tvpbench.run;

import io.tvpbench.results.PairsFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of {@code tvp ab}: a benchmarks jar used as it is, or a git ref checked out into a temporary worktree and
 * built with the project's own Maven build (jar only, tests skipped; cached by commit under
 * {@code target/tvp-ab/}), run on a JDK of 21 or newer. Everything that can be wrong is found here, before anything
 * is measured, and said in one line.
 */
record AbBuild(String label, String commit, Path jar, Path java, String javaVersion) {

    /** The directory, under the project's target/, holding built refs by commit. */
    static final String CACHE = "tvp-ab";
    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?[^\"]*\"");
    private static final String ROUND_HOST = RoundHost.class.getName().replace('.', '/') + ".class";

    /**
     * Resolves {@code refOrJar} ({@code option} names it in errors) against the checkout at {@code root}, on the JDK
     * {@code java} (an executable or a JDK home).
     *
     * @throws IllegalArgumentException for an unknown ref, a jar that is not a benchmarks jar, a failed build or a
     *                                  JDK below 21
     */
    static AbBuild resolve(String option, String refOrJar, Jdk jdk, Path root, PrintWriter out) {
        Path asFile = Path.of(refOrJar);
        if (refOrJar.endsWith(".jar") || Files.isRegularFile(asFile)) {
            checkJar(option, asFile);
            return new AbBuild(refOrJar, null, asFile.toAbsolutePath(), jdk.java(), jdk.version());
        }
        String commit = commit(option, refOrJar, root);
        Path jar = build(option, refOrJar, commit, root, out);
        return new AbBuild(refOrJar, commit, jar, jdk.java(), jdk.version());
    }

    /** The working tree's own build: the jar this tool runs from. */
    static AbBuild workingTree(Path jar, Jdk jdk, Path root) {
        checkJar("--head", jar);
        GitInfo git = GitInfo.of(root);
        String label = "working tree" + (Boolean.TRUE.equals(git.dirty()) ? " (uncommitted changes)" : "");
        return new AbBuild(label, git.commit().equals("unknown") ? null : git.commit(), jar.toAbsolutePath(), jdk.java(),
                jdk.version());
    }

    /** A JDK a side runs on: its java executable and version string. */
    record Jdk(Path java, String version) {

        /** Checks {@code java} (a JDK home or a java executable; {@code option} names it in errors). */
        static Jdk of(String option, Path java) {
            Path executable = javaExecutable(option, java);
            return new Jdk(executable, javaVersion(option, executable));
        }
    }

    PairsFile.Side side() {
        return new PairsFile.Side(label, commit, jar.toString(), java.toString(), javaVersion);
    }

    private static Path javaExecutable(String option, Path java) {
        Path executable = Files.isDirectory(java) ? java.resolve("bin").resolve("java") : java;
        if (!Files.isExecutable(executable) || Files.isDirectory(executable)) {
            throw new IllegalArgumentException(option + ": " + java + " is neither a JDK home nor a java executable");
        }
        return executable.toAbsolutePath();
    }

    /** The JDK's version string; refuses one below 21, whose forks could not run this suite. */
    private static String javaVersion(String option, Path java) {
        String output = run(List.of(java.toString(), "-version"), null, 30).orElse("");
        Matcher m = VERSION.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException(option + ": " + java + " -version printed no version; is it a JDK?");
        }
        int feature = Integer.parseInt(m.group(1));
        if (feature == 1 && m.group(2) != null) {
            feature = Integer.parseInt(m.group(2));
        }
        if (feature < 21) {
            throw new IllegalArgumentException(option + ": " + java + " is JDK " + feature + "; tvp ab needs JDK 21 or newer");
        }
        String all = m.group(0);
        return all.substring(all.indexOf('"') + 1, all.length() - 1);
    }

    private static void checkJar(String option, Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(option + ": " + jar + " not found");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry("META-INF/BenchmarkList") == null) {
                throw new IllegalArgumentException(option + ": " + jar + " is not a benchmarks jar (no JMH benchmark list)");
            }
            if (file.getEntry(ROUND_HOST) == null) {
                throw new IllegalArgumentException(option + ": " + jar + " is not a tvp-bench jar with rounds (no "
                        + RoundHost.class.getName() + "); tvp ab needs both builds from a version that runs rounds");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": " + jar + " is not a readable jar: " + e.getMessage(), e);
        }
    }

    private static String commit(String option, String ref, Path root) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new IllegalArgumentException(option + ": '" + ref + "' is neither a jar nor a git ref");
        }
        return run(List.of("git", "-C", root.toString(), "rev-parse", "--verify", "--quiet", ref + "^{commit}"), null, 30)
                .map(String::strip).filter(s -> s.matches("[0-9a-f]{40}"))
                .orElseThrow(() -> new IllegalArgumentException(option + ": '" + ref + "' is neither a jar nor a git ref of " + root));
    }

    /** Builds {@code commit} in a temporary worktree unless the cache has it; the build's output goes to a log beside the jar. */
    private static Path build(String option, String ref, String commit, Path root, PrintWriter out) {
        Path dir = root.resolve("target").resolve(CACHE).resolve(commit);
        Path jar = dir.resolve("benchmarks.jar");
        if (Files.isRegularFile(jar)) {
            out.println("A/B: " + ref + " (" + commit.substring(0, 10) + ") already built: " + jar);
            return jar;
        }
        Path mvn = Executables.onPath("mvn").orElseThrow(() -> new IllegalArgumentException(
                option + ": building " + ref + " needs mvn on PATH (or give a benchmarks jar)"));
        Path log = dir.resolve("build.log");
        Path worktree = null;
        try {
            Files.createDirectories(dir);
            worktree = Files.createTempDirectory("tvp-ab-");
            out.println("A/B: building " + ref + " (" + commit.substring(0, 10) + ") in a temporary worktree; log: " + log);
            out.flush();
            if (run(List.of("git", "-C", root.toString(), "worktree", "add", "--detach", worktree.toString(), commit), log, 120).isEmpty()) {
                throw new IllegalArgumentException(option + ": could not check out " + ref + " (see " + log + ")");
            }
            if (run(List.of(mvn.toString(), "-B", "-q", "package", "-Dmaven.test.skip=true", "-f",
                    worktree.resolve("pom.xml").toString()), log, 1800).isEmpty()) {
                throw new IllegalArgumentException(option + ": the build of " + ref + " (" + commit.substring(0, 10)
                        + ") failed (see " + log + ")");
            }
            Path built = worktree.resolve("target").resolve("benchmarks.jar");
            checkJar(option, built);
            Files.copy(built, dir.resolve("benchmarks.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(dir.resolve("benchmarks.jar.tmp"), jar, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot build " + ref + ": " + e.getMessage(), e);
        } finally {
            if (worktree != null) {
                run(List.of("git", "-C", root.toString(), "worktree", "remove", "--force", worktree.toString()), log, 120);
                deleteQuietly(worktree);
            }
        }
    }

    /**
     * Runs a command (an argument list, never a shell line); its output goes to {@code log} (appended) or is
     * returned. Empty when it failed or timed out.
     */
    private static Optional<String> run(List<String> command, Path log, int timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            if (log != null) {
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            Process p = builder.start();
            p.getOutputStream().close();
            String output = log == null ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
