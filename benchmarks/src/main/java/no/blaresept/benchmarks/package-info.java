/**
 * JMH benchmarks of the SDK, each paired with a baseline measured in the same run; {@link
 * no.blaresept.benchmarks.Ratios} runs them and prints the ratios. Not published.
 */
package no.blaresept.benchmarks;
