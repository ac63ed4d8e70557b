/**
 * Regression tracking: the statistical comparison of two runs, its Markdown and JSON, the baseline and the
 * history.csv appends. It reads {@code results} and computes with {@code stats}; it must never import
 * {@code report}, {@code strategy}, {@code bench}, {@code run} or {@code worker}.
 */
package io.tvpbench.track;
