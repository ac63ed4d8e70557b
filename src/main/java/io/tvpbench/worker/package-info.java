/**
 * The child JVM side and its link: {@code WorkerMain}, the frame codec, pipe and shared-memory
 * transports, the launcher and the start-up variants. The child loads workload code only, since its start-up is
 * measured: this package must never import {@code bench}, {@code report}, {@code cli}, {@code run}, JMH or
 * picocli.
 */
package io.tvpbench.worker;
