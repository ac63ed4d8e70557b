/**
 * Example user tasks, built into their own {@code target/tvp-examples.jar} (with Jackson inside, never in the
 * benchmarks jar) and loaded exactly as a user's jar would be. Like any user's code they see only the JDK, the
 * public {@code api} and their own dependencies, so they must never import another package of the project.
 */
package io.tvpbench.examples;
