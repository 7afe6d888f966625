/**
 * Attachments to an application (F-4.7): PDF and DOCX only, recognised by content, at most 15 MB,
 * streamed into the request without being held in memory.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.vedlegg;

import org.jspecify.annotations.NullMarked;
