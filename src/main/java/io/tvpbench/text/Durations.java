package io.tvpbench.text;

import java.time.Duration;
import java.util.Locale;

/** Durations the way the plan and the progress lines print them: {@code 45s}, {@code 6m10s}, {@code 1h05m}. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02ds", s % 60);
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02dm", (s % 3600) / 60);
    }
}
