/**
 * Benchmarks of the core client: a {@code vedtak/sok} round trip and a 15 MB attachment send, each
 * against a hand-written {@code java.net.http} baseline on the same loopback server.
 */
@NullMarked
package no.blaresept.benchmarks.core;

import org.jspecify.annotations.NullMarked;
