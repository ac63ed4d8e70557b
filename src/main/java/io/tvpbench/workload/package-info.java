/**
 * What a task does: the {@code Workload} enum, {@code TaskSpec} and the kernels (CPU, GIL lock, sleep,
 * echo server, payloads), each returning a checksum. Child JVMs run this code, so it must never import
 * {@code strategy}, {@code bench}, {@code worker} or any library beyond the JDK.
 */
package io.tvpbench.workload;
