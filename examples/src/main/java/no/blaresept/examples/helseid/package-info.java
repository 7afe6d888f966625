/**
 * The HelseID examples: a token from any issuer given a small configuration file
 * ({@code HelseIdTokenExample}), and a desktop EPJ's user login through a loopback redirect
 * receiver ({@code DesktopLoginExample}).
 */
@NullMarked
package no.blaresept.examples.helseid;

import org.jspecify.annotations.NullMarked;
