/**
 * The typed model of what a run wrote: JMH's results, env.json ({@code RunEnvironment}), history.csv rows,
 * the schema policy, and the suite's {@code Vocabulary} of names. It is the bottom of the reading side and must
 * never import {@code report}, {@code track}, {@code run}, {@code strategy}, {@code worker} or {@code bench}.
 */
package io.tvpbench.results;
