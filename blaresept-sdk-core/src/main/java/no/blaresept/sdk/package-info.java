/**
 * The Blåresept SDK's entry point and the values shared by its services.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk;

import org.jspecify.annotations.NullMarked;
