package io.tvpbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A single-threaded event loop in the style of asyncio or Netty: one selector, a timer heap and a queue of
 * callbacks, all run on one daemon thread. Nothing on it may block; timers and readiness events replace
 * waiting threads. Timers keep sub-millisecond precision although epoll waits in whole milliseconds: the loop
 * selects for the whole milliseconds left (rounded down, never up) and parks for the remainder, polling its
 * channels every {@value #POLL_MICROS} µs meanwhile, so a 10 ms timer is not inflated by up to a millisecond.
 */
public final class EventLoop implements AutoCloseable {

    private record Timer(long deadline, long sequence, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** While a timer is under a millisecond away, how often channels are polled. */
    static final long POLL_MICROS = 50;

    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    private final Selector selector;
    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Thread thread;
    private final Consumer<Throwable> errorHandler;
    private long timerSequence;
    private volatile boolean running = true;
    private volatile boolean parked;

    /**
     * @param name         the loop thread's name
     * @param errorHandler receives anything a callback throws; the loop itself keeps running
     */
    public EventLoop(String name, Consumer<Throwable> errorHandler) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        this.errorHandler = errorHandler;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code action} on the loop thread; callable from any thread. */
    public void execute(Runnable action) {
        inbox.add(action);
        if (Thread.currentThread() != thread) {
            selector.wakeup();
            if (parked) {
                LockSupport.unpark(thread);
            }
        }
    }

    /** Runs {@code action} on the loop thread after {@code delay}; callable from any thread. */
    public void schedule(long delay, TimeUnit unit, Runnable action) {
        long deadline = System.nanoTime() + unit.toNanos(delay);
        if (Thread.currentThread() == thread) {
            timers.add(new Timer(deadline, timerSequence++, action));
        } else {
            execute(() -> timers.add(new Timer(deadline, timerSequence++, action)));
        }
    }

    /**
     * Registers a non-blocking channel; {@code handler} runs on the loop whenever the channel is ready.
     * Must be called on the loop thread.
     */
    public SelectionKey register(SelectableChannel channel, int ops, Consumer<SelectionKey> handler) throws IOException {
        channel.configureBlocking(false);
        return channel.register(selector, ops, handler);
    }

    /** True when the caller runs on this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    private void loop() {
        try {
            while (running) {
                runInbox();
                runDueTimers(System.nanoTime());
                Timer next = timers.peek();
                long nanos = next == null ? 0 : next.deadline() - System.nanoTime();
                if (!inbox.isEmpty() || next != null && nanos <= 0) {
                    selector.selectNow();
                } else if (next == null) {
                    selector.select();
                } else if (nanos >= MILLI) {
                    selector.select(nanos / MILLI);
                } else {
                    waitUnderAMillisecond(nanos);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        @SuppressWarnings("unchecked")
                        Consumer<SelectionKey> handler = (Consumer<SelectionKey>) key.attachment();
                        call(() -> handler.accept(key));
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (running) {
                errorHandler.accept(e);
            }
        }
    }

    private void runInbox() {
        Runnable action;
        while ((action = inbox.poll()) != null) {
            call(action);
        }
    }

    private void runDueTimers(long now) {
        while (!timers.isEmpty() && timers.peek().deadline() - now <= 0) {
            call(timers.poll().action());
        }
    }

    /**
     * Waits out the last fraction of a millisecond before a timer on a high-resolution park instead of a
     * millisecond epoll timeout; a loop with channels polls them meanwhile, {@link #execute} unparks it.
     */
    private void waitUnderAMillisecond(long nanos) throws IOException {
        long park = nanos;
        if (!selector.keys().isEmpty()) {
            selector.selectNow();
            if (!selector.selectedKeys().isEmpty()) {
                return;
            }
            park = Math.min(nanos, TimeUnit.MICROSECONDS.toNanos(POLL_MICROS));
        }
        parked = true;
        if (inbox.isEmpty()) {
            LockSupport.parkNanos(this, park);
        }
        parked = false;
    }

    private void call(Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            errorHandler.accept(t);
        }
    }

    /** Stops the loop, closes the selector and every channel still registered, and waits for the thread. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException | ClosedSelectorException ignored) {
            // closing: nothing left to report to
        }
    }
}
