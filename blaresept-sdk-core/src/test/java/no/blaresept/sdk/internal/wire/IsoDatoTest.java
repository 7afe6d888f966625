package no.blaresept.sdk.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The wire's date reader against Jackson's own {@code LocalDate} reader as the oracle: for every text
 * both give the same date, or both refuse with the same exception and message.
 */
class IsoDatoTest {

    private static final ObjectMapper ORACLE = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final String ALPHABET = "0123456789--+ T:Z/.x\u0663\uff12";

    @Test
    void theWireMapperReadsDatesWithIt() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) WireJson.MAPPER.getDeserializationContext())
                .createDummyInstance(WireJson.MAPPER.getDeserializationConfig());

        assertThat(context.findRootValueDeserializer(WireJson.MAPPER.constructType(LocalDate.class)))
                .isInstanceOf(IsoDato.class);
    }

    @Test
    void agreesWithJacksonsOwnReaderOnHundredThousandTexts() throws Exception {
        Random random = new Random(20261130);
        List<String> texts = new ArrayList<>(List.of("2026-08-23", "0000-01-01", "9999-12-31", "2024-02-29",
                "2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "+10000-01-01", "-0001-12-31",
                " 2026-08-23", "2026-08-23 ", "2026-08-23T10:15", "2026-08-23T10:15:00Z", "2026-8-23", "20260823",
                "", "2026-08-2\u0663", "\uff12026-08-23"));
        for (int i = texts.size(); i < 100_000; i++) {
            texts.add(text(random));
        }
        int dates = 0;
        for (String text : texts) {
            String json = JsonNodeFactory.instance.textNode(text).toString();
            Object expected = outcome(ORACLE, json);
            assertThat(outcome(WireJson.MAPPER, json)).as(json).isEqualTo(expected);
            dates += expected instanceof LocalDate ? 1 : 0;
        }
        // Both branches must be exercised, or the agreement proves little.
        assertThat(dates).isBetween(20_000, 80_000);
    }

    @Test
    void nonTextDatesStillGoToJacksonsReader() throws Exception {
        for (String json : List.of("[2026,8,23]", "20000", "null", "{}", "true")) {
            assertThat(outcome(WireJson.MAPPER, json)).as(json).isEqualTo(outcome(ORACLE, json));
        }
    }

    private static String text(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            case 1:
                return LocalDate.ofEpochDay(random.nextLong() % 5_000_000L).format(DateTimeFormatter.ISO_LOCAL_DATE);
            case 2:
                char[] date = LocalDate.ofEpochDay(random.nextInt(50_000)).toString().toCharArray();
                date[random.nextInt(date.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                return new String(date);
            default:
                StringBuilder s = new StringBuilder();
                for (int n = random.nextInt(14); n > 0; n--) {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                return s.toString();
        }
    }

    /** The date read, or the refusal as class and message. */
    private static Object outcome(ObjectMapper mapper, String json) {
        try {
            LocalDate date = mapper.readValue(json, LocalDate.class);
            return date == null ? "null" : date;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
