/**
 * The execution strategies: the {@code Strategy} enum, whose constants create their {@code TaskRunner},
 * and the in-JVM and child-JVM runners. It uses {@code worker} and {@code workload} and must never import
 * {@code bench}, {@code report}, {@code track}, {@code run} or {@code cli}.
 */
package io.tvpbench.strategy;
