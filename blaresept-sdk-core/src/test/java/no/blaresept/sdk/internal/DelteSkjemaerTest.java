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

class DelteSkjemaerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void equalSchemasShareOneTreeAndOneModelAndADifferentOneIsHeldApart() {
        DeltSkjema forste = DelteSkjemaer.delt(Eksempelskjema.soknad());
        DeltSkjema andre = DelteSkjemaer.delt(Eksempelskjema.soknad());
        assertThat(andre).isSameAs(forste);
        assertThat(andre.modell()).isSameAs(forste.modell());
        ObjectNode endret = (ObjectNode) Eksempelskjema.soknad();
        endret.put("title", "another version");
        assertThat(DelteSkjemaer.delt(endret).modell()).isNotSameAs(forste.modell());
    }

    @Test
    void theSharedTreeIsAPrivateCopyTheCallerCannotChange() {
        ObjectNode skjema = (ObjectNode) Eksempelskjema.soknad();
        skjema.put("title", "copied in");
        DeltSkjema delt = DelteSkjemaer.delt(skjema);
        skjema.put("title", "changed by the caller afterwards");
        assertThat(delt.skjema().get("title").asText()).isEqualTo("copied in");
    }

    @Test
    void keyOrderMattersBecauseTheModelKeepsSchemaOrder() throws Exception {
        JsonNode ab = JSON.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}");
        JsonNode ba = JSON.readTree("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}");
        assertThat(ab).isEqualTo(ba); // Jackson's equality ignores order, so it cannot be the key
        assertThat(DelteSkjemaer.delt(ab).modell().felter()).extracting(f -> f.sti()).containsExactly("/a", "/b");
        assertThat(DelteSkjemaer.delt(ba).modell().felter()).extracting(f -> f.sti()).containsExactly("/b", "/a");
    }

    @Test
    void onlyTheSchemasUsedLastAreKept() throws Exception {
        JsonNode forste = skjema(-1);
        DeltSkjema delt = DelteSkjemaer.delt(forste);
        for (int i = 0; i < DelteSkjemaer.ANTALL; i++) {
            DelteSkjemaer.delt(skjema(i));
        }
        assertThat(DelteSkjemaer.delt(forste)).isNotSameAs(delt);
    }

    @Test
    void threadsAskingTogetherGetOneModel() throws Exception {
        ObjectNode skjema = (ObjectNode) Eksempelskjema.soknad();
        skjema.put("title", "concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<SkjemaModell>> kall = IntStream.range(0, 16)
                    .<Callable<SkjemaModell>>mapToObj(i -> () -> DelteSkjemaer.delt(skjema).modell()).toList();
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
        DeltSkjema syklus = DelteSkjemaer.delt(JSON.readTree("{\"allOf\":[{\"$ref\":\"#\"}]}"));
        assertThatThrownBy(syklus::modell).isInstanceOf(SkjemaException.class);
        assertThatThrownBy(syklus::modell).isInstanceOf(SkjemaException.class);
    }

    private static JsonNode skjema(int i) throws Exception {
        return JSON.readTree("{\"type\":\"object\",\"properties\":{\"f" + i + "\":{\"type\":\"string\"}}}");
    }
}
