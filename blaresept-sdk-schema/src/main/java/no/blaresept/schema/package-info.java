/** Placeholder: filled by its issue. */
@NullMarked
package no.blaresept.schema;

import org.jspecify.annotations.NullMarked;
