/**
 * Every statistical method, on commons-math3 and plain arrays: t intervals, Welch, Holm, the hierarchical
 * bootstrap, the fork-level test, the detectable change and the Universal Scalability Law fit. It must never
 * import {@code report}, {@code results} or any other project package, so each method is tested on synthetic
 * data.
 */
package io.tvpbench.stats;
