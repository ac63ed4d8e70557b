package io.tvpbench.worker;

import io.tvpbench.workload.EnumNames;

import java.util.List;

/**
 * How a child JVM starts; the names appear in the JMH param {@code variant}. Each constant knows the JVM options
 * it adds and whether it can run on the children's JDK.
 */
public enum StartupVariant {

    /** The JDK's defaults (class-data sharing on, tiered compilation). */
    DEFAULT,
    /** C1 only ({@code -XX:TieredStopAtLevel=1}): cheaper warm-up, slower peak code. */
    C1_ONLY {
        @Override
        List<String> jvmOptions(ChildJvmOptions options) {
            return List.of("-XX:TieredStopAtLevel=1");
        }
    },
    /** Class-data sharing off ({@code -Xshare:off}): what CDS saves at start-up. */
    NO_CDS {
        @Override
        List<String> jvmOptions(ChildJvmOptions options) {
            return List.of("-Xshare:off");
        }
    },
    /** JDK 25's AOT cache ({@code -XX:AOTCache}), trained once by a child that runs every workload. */
    AOT_CACHE {
        @Override
        List<String> jvmOptions(ChildJvmOptions options) {
            return List.of("-XX:AOTCache=" + AotCache.require(options), "-XX:AOTMode=on");
        }

        @Override
        public Availability availability(ChildJvmOptions options) {
            return AotCache.check(options);
        }

        @Override
        public Availability prepare(ChildJvmOptions options) {
            return AotCache.train(options);
        }
    };

    /** The options this variant adds after the common ones; AOT_CACHE needs {@link #prepare} to have run. */
    List<String> jvmOptions(ChildJvmOptions options) {
        return List.of();
    }

    /**
     * Whether the variant can run with these options, as env.json records it: a pure check that starts nothing,
     * so taking an environment snapshot never launches a child.
     */
    public Availability availability(ChildJvmOptions options) {
        return Availability.AVAILABLE;
    }

    /**
     * Makes the variant ready to start children and says whether it can: AOT_CACHE trains its cache here (a child
     * JVM, logged; once per cache directory and configuration), the others have nothing to do. Call it untimed.
     */
    public Availability prepare(ChildJvmOptions options) {
        return availability(options);
    }

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static StartupVariant parse(String name) {
        return EnumNames.parse(StartupVariant.class, "start-up variant", name);
    }
}
