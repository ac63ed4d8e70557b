/**
 * The public API users implement to measure their own code ({@code tvp run --task}): {@code Task} and, for the
 * ASYNC strategy, {@code NonBlockingTask}. Users compile against it and the harness shares it with their class
 * loader, so it must never import anything of the project or any library beyond the JDK.
 */
package io.tvpbench.api;
