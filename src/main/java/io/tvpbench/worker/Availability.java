package io.tvpbench.worker;

/**
 * Whether a start-up variant can run here, and if not why; its {@link #toString()} is what env.json and the
 * report show, so an unavailable variant is reported rather than silently dropped.
 *
 * @param available true when the variant works with these options on this JDK
 * @param reason    why not, or an empty string
 */
public record Availability(boolean available, String reason) {

    public static final Availability AVAILABLE = new Availability(true, "");

    public static Availability notAvailable(String reason) {
        return new Availability(false, reason);
    }

    @Override
    public String toString() {
        return available ? "available" : "not available on this JDK: " + reason;
    }
}
