/**
 * Programs an EPJ vendor copies from, each runnable against the testkit's embedded mock.
 */
@NullMarked
package no.blaresept.examples;

import org.jspecify.annotations.NullMarked;
