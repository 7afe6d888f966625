package no.blaresept.sdk.internal.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads an answer's dates. The service writes them as {@code yyyy-MM-dd}, and those are read digit by
 * digit: {@code java.time}'s formatter, which Jackson's own reader uses, took a seventh of the calling
 * thread's time in a {@code vedtak/sok} round trip (JFR, two dates per answer). Every other text, and
 * every date that does not exist, goes to Jackson's reader, so what is accepted and refused, and how a
 * refusal reads, stay exactly its own (checked against it in {@code IsoDatoTest}).
 *
 * <p>Stateless and thread-safe.
 */
final class IsoDato extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    IsoDato() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate date = plain(p.getText());
            if (date != null) {
                return date;
            }
        }
        return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }

    /** The date {@code text} names in the form {@code yyyy-MM-dd}, or null when it is not such a date. */
    static @Nullable LocalDate plain(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. 2026-02-30: Jackson's reader words the refusal
        }
    }

    /** The ASCII digits from {@code start} to {@code end} as a number, or -1 (java.time reads only ASCII digits too). */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
