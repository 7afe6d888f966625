/**
 * Implementation of the schema interpreter. Not API: may change in any release.
 *
 * <p>Only this package touches everit json-schema and org.json.
 */
@NullMarked
package no.blaresept.schema.internal;

import org.jspecify.annotations.NullMarked;
