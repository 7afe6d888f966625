/** Placeholder: filled by its issue. */
@NullMarked
package no.blaresept.auth;

import org.jspecify.annotations.NullMarked;
