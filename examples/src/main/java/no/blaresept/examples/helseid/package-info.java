/**
 * The HelseID token example: a token from any issuer given a small configuration file.
 */
@NullMarked
package no.blaresept.examples.helseid;

import org.jspecify.annotations.NullMarked;
