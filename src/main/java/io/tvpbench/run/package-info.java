/**
 * The benchmark runner: profiles, the plan, pinned JMH runs per core count, the run directory, the env.json
 * snapshot and progress lines; at the end it writes the report and compares with the baseline. It never imports
 * {@code cli} or {@code bench} (benchmarks are found in JMH's list and named through {@code results.Vocabulary}).
 */
package io.tvpbench.run;
