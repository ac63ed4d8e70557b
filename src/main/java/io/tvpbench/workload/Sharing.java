package io.tvpbench.workload;

/**
 * How {@link Workload#SHARED_STATE} tasks share their state; the names appear in the JMH param {@code sharing}.
 * Which strategy may use which mode is the strategy's to say ({@code Strategy.sharingModes()}); each constant
 * creates the harness side of its state.
 */
public enum Sharing {

    /** Nothing shared: each task's own state is its result, the baseline an update's cost is measured against. */
    NONE {
        @Override
        public SharedState create() {
            return new UnsharedState();
        }
    },
    /** One {@code ReentrantLock} around the counter and the totals. */
    LOCK {
        @Override
        public SharedState create() {
            return new LockedState();
        }
    },
    /** One monitor ({@code synchronized}) around the counter and the totals. */
    SYNCHRONIZED {
        @Override
        public SharedState create() {
            return new SynchronizedState();
        }
    },
    /** An {@code AtomicLong} counter and an {@code AtomicLongArray} of totals. */
    ATOMIC {
        @Override
        public SharedState create() {
            return new AtomicState(this);
        }
    },
    /** {@code LongAdder}s: contention spread over cells, summed when read. */
    ADDER {
        @Override
        public SharedState create() {
            return new AdderState();
        }
    },
    /** One owning thread per state, no synchronisation at all (SEQUENTIAL, and each ASYNC event loop). */
    CONFINED {
        @Override
        public SharedState create() {
            return new ConfinedState();
        }
    },
    /** Each update is a message from the child JVM to the parent, which applies it: multiprocessing's Queue. */
    MESSAGE {
        @Override
        public SharedState create() {
            return new AtomicState(this);
        }
    },
    /** 65 longs in a shared-memory segment, compare-and-set from every child JVM: multiprocessing's Value/Array. */
    SHM_ATOMIC {
        @Override
        public SharedState create() {
            return SegmentState.create();
        }
    };

    /** The harness side of this mode's state; the caller closes it. */
    public abstract SharedState create();

    /** Whether tasks update common state at all (every mode but {@link #NONE}). */
    public boolean shares() {
        return this != NONE;
    }

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Sharing parse(String name) {
        return EnumNames.parse(Sharing.class, "sharing", name);
    }
}
