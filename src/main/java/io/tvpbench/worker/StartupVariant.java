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
            return AotCache.prepare(options).availability();
        }
    };

    /** The options this variant adds after the common ones; may train a cache first. */
    List<String> jvmOptions(ChildJvmOptions options) {
        return List.of();
    }

    /**
     * Whether the variant runs with these options (AOT_CACHE trains its cache here, once per cache directory
     * and configuration): record it in env.json, and skip an unavailable variant with this reason.
     */
    public Availability availability(ChildJvmOptions options) {
        return Availability.AVAILABLE;
    }

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static StartupVariant parse(String name) {
        return EnumNames.parse(StartupVariant.class, "start-up variant", name);
    }
}
