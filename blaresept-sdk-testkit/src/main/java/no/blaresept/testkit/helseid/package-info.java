/**
 * A mock HelseID STS for tests: discovery, JWKS, token, PAR and authorization endpoints on a
 * loopback port, verifying client assertions and DPoP proofs the way HelseID does and issuing
 * DPoP-bound tokens; plus the check that lets the mock Blåresept API accept only those tokens.
 * Start with {@link no.blaresept.testkit.helseid.MockHelseIdSts#start()}.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.testkit.helseid;

import org.jspecify.annotations.NullMarked;
