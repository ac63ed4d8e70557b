package io.tvpbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The commit a run measured and whether the tree had uncommitted changes: a dirty run is not reproducible. */
public record GitInfo(String commit, Boolean dirty) {

    /** Used in the run directory's name when the project is not a git checkout. */
    static final String NO_GIT = "nogit";

    /** Asks git about the checkout at {@code dir}; "unknown" when git or the checkout is missing. */
    public static GitInfo of(Path dir) {
        Optional<String> commit = git(dir, "rev-parse", "HEAD");
        if (commit.isEmpty()) {
            return new GitInfo("unknown", null);
        }
        return new GitInfo(commit.get().trim(), git(dir, "status", "--porcelain").map(s -> !s.isBlank()).orElse(null));
    }

    /** The short SHA for directory names. */
    public String shortSha() {
        return commit.matches("[0-9a-f]{7,}") ? commit.substring(0, 7) : NO_GIT;
    }

    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
