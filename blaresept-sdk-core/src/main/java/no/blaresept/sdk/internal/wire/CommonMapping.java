package no.blaresept.sdk.internal.wire;

import static no.blaresept.sdk.internal.wire.WireJson.each;
import static no.blaresept.sdk.internal.wire.WireJson.required;

import java.util.List;
import java.util.Optional;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.sdk.Diagnose;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.Tekst;
import no.blaresept.sdk.soknad.Kvittering;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.jspecify.annotations.Nullable;

/** Maps the shared values between public types and {@link CommonDto}. */
final class CommonMapping {

    private CommonMapping() {
    }

    static CommonDto.Forskrivning forskrivning(Forskrivning f) {
        return new CommonDto.Forskrivning(new CommonDto.Pasient(f.pasient().value()), hjemmel(f.hjemmel()),
                produkt(f.produkt()), f.diagnose().map(CommonMapping::kode).orElse(null));
    }

    static String hjemmel(Hjemmel h) {
        switch (h) {
            case BLARESEPTFORSKRIFTEN_3: return "BLARESEPTFORSKRIFTEN_3";
            case BLARESEPTFORSKRIFTEN_6: return "BLARESEPTFORSKRIFTEN_6";
            case FOLKETRYGDLOVEN_5_25: return "FOLKETRYGDLOVEN_5_25";
            default: throw new IllegalStateException("unmapped hjemmel " + h);
        }
    }

    static Hjemmel hjemmel(@Nullable String wire) {
        switch (required(wire, "hjemmel")) {
            case "BLARESEPTFORSKRIFTEN_3": return Hjemmel.BLARESEPTFORSKRIFTEN_3;
            case "BLARESEPTFORSKRIFTEN_6": return Hjemmel.BLARESEPTFORSKRIFTEN_6;
            case "FOLKETRYGDLOVEN_5_25": return Hjemmel.FOLKETRYGDLOVEN_5_25;
            default: throw new WireFormatException("answer field hjemmel has a value the contract does not name");
        }
    }

    static CommonDto.Produkt produkt(Produkt p) {
        return new CommonDto.Produkt(p.produkttype().name(), p.atcKode().orElse(null), p.varenummer().orElse(null),
                p.navn().orElse(null));
    }

    static Produkt produkt(CommonDto.@Nullable Produkt p) {
        CommonDto.Produkt dto = required(p, "produkt");
        Produkt.Produkttype type;
        switch (required(dto.produkttype(), "produkt.produkttype")) {
            case "LEGEMIDDEL": type = Produkt.Produkttype.LEGEMIDDEL; break;
            case "NAERINGSMIDDEL": type = Produkt.Produkttype.NAERINGSMIDDEL; break;
            default: throw new WireFormatException("answer field produkt.produkttype has a value the contract does not name");
        }
        return new Produkt(type, Optional.ofNullable(dto.atcKode()), Optional.ofNullable(dto.varenummer()),
                Optional.ofNullable(dto.navn()));
    }

    static CommonDto.Kode kode(Diagnose d) {
        return new CommonDto.Kode(d.kodeverk().name(), d.kode(), d.tekst().orElse(null));
    }

    static List<Melding> meldinger(@Nullable List<CommonDto.Melding> dtos, String field) {
        return each(dtos, field, m -> new Melding(required(m.kode(), field + ".kode"), required(m.tekst(), field + ".tekst")));
    }

    static List<Tekst> tekster(@Nullable List<CommonDto.Tekst> dtos) {
        return each(dtos, "tekster", t -> new Tekst(Optional.ofNullable(t.overskrift()), required(t.tekst(), "tekster.tekst")));
    }

    static List<String> vilkar(@Nullable List<String> wire) {
        return each(wire, "vilkar", v -> v);
    }

    /**
     * The service's field errors in the form model's codes (a code the form model does not know, such as a
     * business rule, is {@code ANNET}), each keeping the service's own code as its {@code regelkode}.
     */
    static List<Valideringsfeil> feil(@Nullable List<CommonDto.Feil> dtos) {
        return each(dtos, "feil", f -> {
            String kode = required(f.kode(), "feil.kode");
            return new Valideringsfeil(required(f.sti(), "feil.sti"), feilkode(kode), required(f.tekst(), "feil.tekst"),
                    WireJson.unknownCode(kode));
        });
    }

    private static Feilkode feilkode(String wire) {
        for (Feilkode kode : Feilkode.values()) {
            if (kode.name().equals(wire)) {
                return kode;
            }
        }
        return Feilkode.ANNET;
    }

    static Kvittering kvittering(CommonDto.@Nullable Kvittering k) {
        CommonDto.Kvittering dto = required(k, "kvittering");
        return new Kvittering(hjemmel(dto.hjemmel()), produkt(dto.produkt()), required(dto.gyldigFra(), "kvittering.gyldigFra"),
                Optional.ofNullable(dto.gyldigTil()), Optional.ofNullable(dto.innhold()),
                vilkar(dto.vilkar()), tekster(dto.tekster()));
    }

    static Optional<Soknadsreferanse> soknadsreferanse(@Nullable String wire) {
        return Optional.ofNullable(wire).map(Soknadsreferanse::new);
    }
}
