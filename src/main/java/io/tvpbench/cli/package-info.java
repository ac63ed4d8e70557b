/**
 * The picocli commands behind {@code scripts/tvp}: parse arguments, call {@code run}, {@code report} or
 * {@code track}, and turn bad input into one line and exit code 2. Other packages must never import this one; it
 * holds no logic a test of the layers below would need.
 */
package io.tvpbench.cli;
