package no.blaresept.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaModell;
import org.junit.jupiter.api.Test;

class SkjemamodellerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void equalSchemasShareOneModelAndADifferentOneGetsItsOwn() {
        SkjemaModell forste = Skjemamodeller.modell(Eksempelskjema.soknad());
        assertThat(Skjemamodeller.modell(Eksempelskjema.soknad())).isSameAs(forste);
        ObjectNode endret = (ObjectNode) Eksempelskjema.soknad();
        endret.put("title", "another version");
        assertThat(Skjemamodeller.modell(endret)).isNotSameAs(forste);
    }

    @Test
    void keyOrderMattersBecauseTheModelKeepsSchemaOrder() throws Exception {
        JsonNode ab = JSON.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}");
        JsonNode ba = JSON.readTree("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}");
        assertThat(ab).isEqualTo(ba); // Jackson's equality ignores order, so it cannot be the key
        assertThat(Skjemamodeller.modell(ab).felter()).extracting(f -> f.sti()).containsExactly("/a", "/b");
        assertThat(Skjemamodeller.modell(ba).felter()).extracting(f -> f.sti()).containsExactly("/b", "/a");
    }

    @Test
    void onlyTheSchemasUsedLastAreKept() throws Exception {
        JsonNode forste = skjema(-1);
        SkjemaModell modell = Skjemamodeller.modell(forste);
        for (int i = 0; i < Skjemamodeller.ANTALL; i++) {
            Skjemamodeller.modell(skjema(i));
        }
        assertThat(Skjemamodeller.modell(forste)).isNotSameAs(modell);
    }

    @Test
    void threadsAskingTogetherGetOneModel() throws Exception {
        JsonNode skjema = Eksempelskjema.soknad();
        ((ObjectNode) skjema).put("title", "concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<SkjemaModell>> kall = IntStream.range(0, 16)
                    .<Callable<SkjemaModell>>mapToObj(i -> () -> Skjemamodeller.modell(skjema)).toList();
            List<Future<SkjemaModell>> svar = pool.invokeAll(kall);
            SkjemaModell forste = svar.get(0).get();
            for (Future<SkjemaModell> f : svar) {
                assertThat(f.get()).isSameAs(forste);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedBuildIsNotKeptAndFailsEveryTime() throws Exception {
        JsonNode syklus = JSON.readTree("{\"allOf\":[{\"$ref\":\"#\"}]}");
        assertThatThrownBy(() -> Skjemamodeller.modell(syklus)).isInstanceOf(SkjemaException.class);
        assertThatThrownBy(() -> Skjemamodeller.modell(syklus)).isInstanceOf(SkjemaException.class);
    }

    private static JsonNode skjema(int i) throws Exception {
        return JSON.readTree("{\"type\":\"object\",\"properties\":{\"f" + i + "\":{\"type\":\"string\"}}}");
    }
}
