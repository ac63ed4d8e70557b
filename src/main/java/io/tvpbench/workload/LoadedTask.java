package io.tvpbench.workload;

import io.tvpbench.api.NonBlockingTask;
import io.tvpbench.api.Task;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * A user's task, loaded in its own class loader and set up, ready to run in this JVM. Every call runs with that
 * loader as the thread's context class loader, so libraries that look classes up through it find the user's.
 */
public final class LoadedTask {

    private final String className;
    private final ClassLoader loader;
    private final Task task;
    private final Map<Long, Long> callsInFlight = new ConcurrentHashMap<>();

    private LoadedTask(String className, ClassLoader loader, Task task) {
        this.className = className;
        this.loader = loader;
        this.task = task;
    }

    /**
     * Loads, instantiates and sets up the task.
     *
     * @throws UserTaskException with one line for the user: not found, not a task, no public no-arg constructor,
     *                           or what the constructor or {@code setUp} threw
     */
    public static LoadedTask load(UserTaskSource source) {
        String name = source.className();
        ClassLoader loader = TaskClassLoader.of(source.classpath());
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new UserTaskException("class " + name + " not found on the classpath " + source.classpath(), e);
        } catch (LinkageError e) {
            throw new UserTaskException("class " + name + " cannot be loaded: " + describe(e), e);
        }
        if (!Task.class.isAssignableFrom(type)) {
            throw new UserTaskException(name + " does not implement " + Task.class.getName(), null);
        }
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw new UserTaskException(name + " must be a public, non-abstract class", null);
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new UserTaskException(name + " has no public no-arg constructor", e);
        }
        LoadedTask loaded = new LoadedTask(name, loader, construct(name, constructor));
        loaded.setUp(source.arg());
        return loaded;
    }

    private static Task construct(String name, Constructor<?> constructor) {
        try {
            return (Task) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new UserTaskException(name + "'s constructor threw " + describe(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new UserTaskException(name + " cannot be instantiated: " + describe(e), e);
        }
    }

    private void setUp(String arg) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            task.setUp(arg);
        } catch (Exception | LinkageError e) {
            throw new UserTaskException(className + ".setUp threw " + describe(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public String className() {
        return className;
    }

    /** Whether the task offers the non-blocking form that ASYNC measures. */
    public boolean nonBlocking() {
        return task instanceof NonBlockingTask;
    }

    /**
     * Runs the task for {@code index} on this thread. What it throws comes back as is when unchecked, wrapped in
     * a {@link CompletionException} when checked, which failure reports unwrap ({@link #describe}).
     */
    public long run(long index) throws InterruptedException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        callsInFlight.put(index, System.nanoTime());
        try {
            return task.run(index);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        } finally {
            callsInFlight.remove(index);
            thread.setContextClassLoader(previous);
        }
    }

    /** Starts the non-blocking form on the event loop; only for a task whose {@link #nonBlocking()} is true. */
    public CompletionStage<Long> runAsync(long index, Executor eventLoop) {
        if (!(task instanceof NonBlockingTask nonBlocking)) {
            throw new IllegalStateException(className + " has no non-blocking form: ASYNC does not apply (the task blocks)");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        callsInFlight.put(index, System.nanoTime());
        try {
            return nonBlocking.runAsync(index, eventLoop).whenComplete((checksum, failure) -> callsInFlight.remove(index));
        } catch (RuntimeException e) {
            callsInFlight.remove(index);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The index of a call in this JVM that has run longer than {@code limit}, if any: a hung task. */
    public OptionalLong overdue(Duration limit) {
        long now = System.nanoTime();
        return callsInFlight.entrySet().stream()
                .filter(call -> now - call.getValue() > limit.toNanos())
                .mapToLong(Map.Entry::getKey).min();
    }

    /** {@code IOException: reason}, past any {@link CompletionException} wrappers: how a task's failure is named. */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + message;
    }
}
