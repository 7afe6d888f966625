package no.blaresept.sdk.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.blaresept.schema.internal.Fodselsnummermaske;
import no.blaresept.sdk.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The one JSON mapper of the wire format, and reading that never leaks body content into errors. */
public final class WireJson {

    /**
     * Configured once; thread-safe. Unknown fields are ignored (a newer service may add some); a key written
     * twice is refused, since which value counts would be the parser's guess (a schema {@code {"required":["a"],
     * "required":[]}} would silently lose a rule).
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            // Registered after the JavaTimeModule, so it takes the place of its LocalDate reader.
            .addModule(new SimpleModule("blaresept-iso-dato").addDeserializer(LocalDate.class, new IsoDato()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private WireJson() {
    }

    /** Serialises a request DTO. */
    static byte[] write(Object dto) {
        try {
            return MAPPER.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            // Our own DTOs always serialise; reaching this is a bug in this package.
            throw new UncheckedIOException("request could not be serialised", e);
        }
    }

    /**
     * How one answer DTO is read: its Jackson type and deserializer looked up once, where the wire class
     * holds it, not for every answer (the lookups were about a tenth of the reading's time in a round trip).
     * Immutable and thread-safe.
     */
    static final class AnswerReader<D> {
        private final Class<D> type;
        private final ObjectReader reader;

        private AnswerReader(Class<D> type) {
            this.type = type;
            this.reader = MAPPER.readerFor(type);
        }

        /** The reader of {@code type}. */
        static <D> AnswerReader<D> of(Class<D> type) {
            return new AnswerReader<>(type);
        }
    }

    /**
     * Parses an answer into a DTO and maps it to a public type.
     *
     * @throws WireFormatException when the body is not JSON of that shape, or a value breaks a rule of
     *                             the public type (a malformed reference, a missing field)
     */
    static <D, T> T read(byte[] body, AnswerReader<D> answer, Function<D, T> mapping) {
        D dto;
        try {
            dto = answer.type.cast(answer.reader.readValue(body));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new WireFormatException("answer is not valid JSON of the expected shape"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new WireFormatException("answer could not be read");
        }
        if (dto == null) {
            throw new WireFormatException("answer body is empty");
        }
        try {
            return mapping.apply(dto);
        } catch (InvalidInputException e) {
            throw new WireFormatException("answer field " + e.field() + " breaks the contract (" + e.code() + ")");
        }
    }

    /**
     * Maps a list of an answer element by element; an absent list is empty.
     *
     * @throws WireFormatException naming {@code field} and the index when an element is {@code null}
     */
    static <D, T> List<T> each(@Nullable List<D> list, String field, Function<D, T> mapping) {
        if (list == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            D element = list.get(i);
            // The field's name is built only for the error: on every element it cost about a seventh of the mapping.
            if (element == null) {
                throw new WireFormatException("answer lacks the required field " + field + "[" + i + "]");
            }
            out.add(mapping.apply(element));
        }
        return out;
    }

    /** A required answer field that must be a JSON object (an explicit {@code null} is absent). */
    static ObjectNode requiredObject(@Nullable JsonNode value, String field) {
        if (value == null || value.isNull()) {
            throw new WireFormatException("answer lacks the required field " + field);
        }
        if (!value.isObject()) {
            throw new WireFormatException("answer field " + field + " is not an object");
        }
        return (ObjectNode) value;
    }

    /**
     * An outcome code the contract does not name, as handed to the caller: a fødselsnummer in its
     * place (a service error) is masked, since the code travels into logs and {@code toString()}.
     */
    static String unknownCode(String code) {
        return Fodselsnummermaske.masker(code);
    }

    /** A required answer field. */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new WireFormatException("answer lacks the required field " + field);
        }
        return value;
    }
}
