/**
 * Text for people, shared by {@code report} and {@code track}: the one HTML/Markdown escaper, the one
 * number formatter ({@link java.util.Locale#ROOT} always) and the one short benchmark name. It must never import
 * another project package.
 */
package io.tvpbench.text;
