package io.tvpbench.workload;

import java.util.Arrays;
import java.util.Locale;

/** Parses the enum names users type in params and options, with one error style that lists the valid names. */
public final class EnumNames {

    private EnumNames() {
    }

    /**
     * The constant named {@code name}, ignoring case and surrounding blanks.
     *
     * @param what names the kind in the error, e.g. {@code strategy}
     * @throws IllegalArgumentException naming the input and every valid name
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
        if (name != null) {
            try {
                return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + name + "', expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
