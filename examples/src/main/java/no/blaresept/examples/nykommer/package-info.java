/**
 * The newcomer's integration (issue 12, "Proof"): the service an EPJ writes from
 * {@code docs/getting-started.md} only, with its JUnit 5 tests against the testkit. getting-started.md's
 * code comes from these files.
 */
@NullMarked
package no.blaresept.examples.nykommer;

import org.jspecify.annotations.NullMarked;
