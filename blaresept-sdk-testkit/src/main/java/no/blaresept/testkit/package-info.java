/**
 * The Blåresept testkit: a mock Blåresept API (and a mock HelseID STS) that EPJ vendors test their
 * product against — embedded in JUnit 5 tests, as a plain object, or as a standalone jar.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.testkit;

import org.jspecify.annotations.NullMarked;
