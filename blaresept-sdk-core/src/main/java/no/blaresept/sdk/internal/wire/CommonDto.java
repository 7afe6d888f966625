package no.blaresept.sdk.internal.wire;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** DTOs that several endpoints share; field names as in {@code docs/api/blaresept-api.yaml}. */
final class CommonDto {

    private CommonDto() {
    }

    record Pasient(String fodselsnummer) {
    }

    record Produkt(@Nullable String produkttype, @Nullable String atcKode, @Nullable String varenummer,
                   @Nullable String navn) {
    }

    record Kode(String kodeverk, String kode, @Nullable String tekst) {
    }

    /** VedtakSokForesporsel and Del1Foresporsel: the same four fields. */
    record Forskrivning(Pasient pasient, String hjemmel, Produkt produkt, @Nullable Kode diagnose) {
    }

    record Melding(@Nullable String kode, @Nullable String tekst) {
    }

    record Tekst(@Nullable String overskrift, @Nullable String tekst) {
    }

    record Feil(@Nullable String sti, @Nullable String kode, @Nullable String tekst) {
    }

    record Kvittering(@Nullable String hjemmel, @Nullable Produkt produkt, @Nullable LocalDate gyldigFra,
                      @Nullable LocalDate gyldigTil, @Nullable String innhold, @Nullable List<String> vilkar,
                      @Nullable List<Tekst> tekster) {
    }

    record Problem(@Nullable String type, @Nullable String title, @Nullable Integer status, @Nullable String detail,
                   @Nullable String instance, @Nullable String correlationId, @Nullable List<Feil> feil) {
    }
}
