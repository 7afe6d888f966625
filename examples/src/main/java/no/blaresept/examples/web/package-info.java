/**
 * A reference web form for the whole Blåresept process, rendered from the schema model with live
 * server-side evaluation; start it with {@link no.blaresept.examples.web.Skjemaserver}. See docs/webskjema.md.
 */
@NullMarked
package no.blaresept.examples.web;

import org.jspecify.annotations.NullMarked;
