package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.Felt;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.Vedleggskrav;

/** Checks an attachment value (base64 text) against its field's limits, by content. Serves F-4.7. */
final class Vedleggskontroll {
    private static final Pattern LINJESKIFT = Pattern.compile("[\\r\\n]");

    private Vedleggskontroll() {
    }

    static Optional<Valideringsfeil> kontroller(Felt felt, JsonNode verdi, String sti) {
        if (felt.vedlegg().isEmpty() || !verdi.isTextual()) {
            return Optional.empty(); // wrong JSON types are reported by the schema validation
        }
        Vedleggskrav krav = felt.vedlegg().get();
        String tekst = verdi.textValue();
        // Judge the size before decoding so a huge value never gets decoded: 4 base64 chars carry 3 bytes.
        if ((long) tekst.length() / 4 * 3 > krav.maksBytes() + 3) {
            return Optional.of(Valideringsfeil.of(sti, Feilkode.VEDLEGG_FOR_STORT));
        }
        byte[] innhold;
        try {
            // Line breaks are tolerated (MIME style); any other character outside base64 is an error.
            innhold = Base64.getDecoder().decode(LINJESKIFT.matcher(tekst).replaceAll(""));
        } catch (IllegalArgumentException e) {
            return Optional.of(Valideringsfeil.of(sti, Feilkode.FORMAT));
        }
        return krav.kontroller(innhold).map(kode -> Valideringsfeil.of(sti, kode));
    }
}
