package io.tvpbench.stats;

import java.util.Locale;

/** What a comparison of contenders showed; the JSON name is the lower-case constant. */
public enum Outcome {
    /** One contender is faster than every other. */
    CLEAR,
    /** The best is within the practical threshold of the runner-up, demonstrated by equivalence testing. */
    EQUIVALENT,
    /** Neither yet: more rounds would tell. */
    UNDECIDED,
    /** The contender set is incomplete, so no verdict is given (set by the caller, not by a test). */
    PARTIAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean decided() {
        return this == CLEAR || this == EQUIVALENT;
    }
}
