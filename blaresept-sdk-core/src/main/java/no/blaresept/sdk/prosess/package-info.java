/**
 * The whole Blåresept process (F-0.2) as one object that calls the services in the right order,
 * keeps the ids and versions to carry on, drops stale answers before sending, and guards against
 * duplicate applications.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.prosess;

import org.jspecify.annotations.NullMarked;
