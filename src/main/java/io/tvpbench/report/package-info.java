/**
 * The report: analyses of merged results ({@code Analysis}), sections that each receive only what they
 * render, and renderers (Markdown, HTML with SVG charts, CSV, JSON). It reads {@code results} and computes with
 * {@code stats}; it must never import {@code strategy}, {@code bench}, {@code run}, {@code track} or
 * {@code worker}, so that any JMH project's results can be reported.
 */
package io.tvpbench.report;
