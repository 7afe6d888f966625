/** Placeholder: filled by its issue. */
@NullMarked
package no.blaresept.testkit;

import org.jspecify.annotations.NullMarked;
