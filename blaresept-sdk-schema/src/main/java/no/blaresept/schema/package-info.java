/**
 * Interprets the Blåresept søknad JSON schema (draft-07) into a UI-neutral form model.
 *
 * <p>Entry points: {@link no.blaresept.schema.SkjemaModell} (fields, visibility and required-now
 * given {@link no.blaresept.schema.Svar answers}, live validation, removal of stale branch values) and
 * {@link no.blaresept.schema.SkjemaEndring} (minor/major classification of schema changes).
 * {@link no.blaresept.schema.Eksempelskjema} holds a synthetic sample schema set for tests.
 *
 * <p>All types in this package are immutable and safe to share between threads unless their Javadoc
 * says otherwise. Nothing here returns {@code null}.
 */
@NullMarked
package no.blaresept.schema;

import org.jspecify.annotations.NullMarked;
