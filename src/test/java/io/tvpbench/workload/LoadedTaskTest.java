package io.tvpbench.workload;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's task from a jar compiled here: loaded in its own class loader, or refused with one clear line. */
class LoadedTaskTest {

    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void compileTasks() {
        jar = TaskJars.compile(dir, TaskJars.all());
    }

    private static LoadedTask load(String simpleName, String arg) {
        return LoadedTask.load(UserTaskSource.resolve(TaskJars.PKG + "." + simpleName, jar.toString(), arg,
                Duration.ofSeconds(5)));
    }

    private static String refusal(String simpleName) {
        return assertThrows(UserTaskException.class, () -> load(simpleName, "")).getMessage();
    }

    @Test
    void runsTheTaskSetUpWithItsArgument() throws InterruptedException {
        LoadedTask task = load("Good", "abc");
        assertEquals(5 * 31 + 3, task.run(5));
        assertFalse(task.nonBlocking());
    }

    @Test
    void theTaskSeesNeitherTheHarnessNorItsDependencies() throws InterruptedException {
        assertEquals(7, load("Isolated", "").run(7));
    }

    @Test
    void classNotFoundNamesTheClassAndTheClasspath() {
        assertEquals("class com.acme.Missing not found on the classpath " + jar.toAbsolutePath(), refusal("Missing"));
    }

    @Test
    void noPublicNoArgConstructor() {
        assertEquals("com.acme.NoConstructor has no public no-arg constructor", refusal("NoConstructor"));
    }

    @Test
    void notATask() {
        assertEquals("com.acme.NotATask does not implement io.tvpbench.api.Task", refusal("NotATask"));
    }

    @Test
    void setUpThrowsWithItsMessage() {
        assertEquals("com.acme.SetUpThrows.setUp threw IOException: cannot reach db.example:5432", refusal("SetUpThrows"));
    }

    @Test
    void aMissingClasspathEntryIsNamed() {
        String missing = dir.resolve("nowhere.jar").toString();
        UserTaskException e = assertThrows(UserTaskException.class,
                () -> UserTaskSource.resolve("com.acme.Good", missing, "", Duration.ofSeconds(1)));
        assertEquals("classpath entry " + missing + " does not exist", e.getMessage());
    }

    @Test
    void aDirectoryWildcardMeansItsJars() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.copy(jar, lib.resolve("app.jar"));
        Files.writeString(lib.resolve("notes.txt"), "not a jar");
        UserTaskSource source = UserTaskSource.resolve("com.acme.Good", lib + File.separator + "*", "", Duration.ofSeconds(1));
        assertEquals(lib.resolve("app.jar").toAbsolutePath().toString(), source.classpath());
        assertEquals(31, LoadedTask.load(source).run(1));
    }

    @Test
    void aChildJvmGetsTheSourceOnItsCommandLine() {
        UserTaskSource source = new UserTaskSource("com.acme.Good", "/a b/app.jar", "x, y; z", Duration.ofSeconds(1));
        assertTrue(source.childJvmOptions().contains("-Dtvp.task.arg=x, y; z"));
        assertEquals(source.className(), UserTaskSource.fromEnvironment(source.environment()).orElseThrow().className());
        assertEquals(source, UserTaskSource.fromEnvironment(source.environment()).orElseThrow());
    }
}
