/**
 * The mock HelseID STS's inner workings: verification of client assertions and DPoP proofs, token
 * issuing, the endpoints and their WireMock wiring. Not API.
 */
@NullMarked
package no.blaresept.testkit.helseid.internal;

import org.jspecify.annotations.NullMarked;
