package no.blaresept.sdk.internal.wire;

import static no.blaresept.sdk.internal.wire.WireJson.required;
import static no.blaresept.sdk.internal.wire.WireJson.requiredObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadSkjema;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.jspecify.annotations.Nullable;

/**
 * The wire format of del1–del3, valider, send, status and getSoknadSkjema (bodies of valider/send: {@link InnsendingJson}).
 *
 * <p>Stateless and thread-safe.
 */
public final class SoknadWire {

    private static final WireJson.AnswerReader<SkjemaSvar> SKJEMA_SVAR = WireJson.AnswerReader.of(SkjemaSvar.class);
    private static final WireJson.AnswerReader<ValideringSvar> VALIDERING_SVAR =
            WireJson.AnswerReader.of(ValideringSvar.class);
    private static final WireJson.AnswerReader<SendSvar> SEND_SVAR = WireJson.AnswerReader.of(SendSvar.class);
    private static final WireJson.AnswerReader<StatusSvar> STATUS_SVAR = WireJson.AnswerReader.of(StatusSvar.class);
    private static final WireJson.AnswerReader<SkjemaDokument> SKJEMA_DOKUMENT =
            WireJson.AnswerReader.of(SkjemaDokument.class);

    private SoknadWire() {
    }

    record SkjemadataForesporsel(String soknadId, String skjemaversjon, JsonNode skjemadata) {
    }

    record SkjemaSvar(@Nullable String utfall, @Nullable String soknadId, @Nullable String skjemaversjon,
                      @Nullable JsonNode skjema, @Nullable JsonNode skjemadata, @Nullable List<CommonDto.Melding> meldinger) {
    }

    record ValideringSvar(@Nullable Boolean gyldig, @Nullable List<CommonDto.Feil> feil) {
    }

    record SendSvar(@Nullable String utfall, @Nullable String soknadsreferanse, CommonDto.@Nullable Kvittering kvittering,
                    @Nullable List<CommonDto.Melding> avslagsgrunner, @Nullable List<CommonDto.Melding> meldinger) {
    }

    record StatusSvar(@Nullable String soknadsreferanse, @Nullable String status, @Nullable OffsetDateTime sistEndret,
                      CommonDto.@Nullable Kvittering kvittering, @Nullable List<CommonDto.Melding> avslagsgrunner) {
    }

    record SkjemaDokument(@Nullable String skjemaversjon, @Nullable JsonNode skjema) {
    }

    /** The body of del2 and del3. */
    public static byte[] skjemadata(Skjemadel del, Svar svar) {
        return WireJson.write(new SkjemadataForesporsel(del.soknadId().value(), del.skjemaversjon().value(), svar.json()));
    }

    /** The outcome of del1, del2 or del3; an unknown {@code utfall} becomes {@code UkjentUtfall}. */
    public static SkjemaResultat skjemaResultat(byte[] body) {
        return WireJson.read(body, SKJEMA_SVAR, svar -> {
            List<Melding> meldinger = CommonMapping.meldinger(svar.meldinger(), "meldinger");
            String utfall = required(svar.utfall(), "utfall");
            switch (utfall) {
                case "SKJEMA":
                    return new SkjemaResultat.Skjema(skjemadel(svar), meldinger);
                case "VARSEL":
                    return new SkjemaResultat.VarselMedSkjema(skjemadel(svar), meldinger);
                case "AVVISNING":
                    return new SkjemaResultat.Avvisning(meldinger);
                default:
                    return new SkjemaResultat.UkjentUtfall(WireJson.unknownCode(utfall), meldinger);
            }
        });
    }

    private static Skjemadel skjemadel(SkjemaSvar svar) {
        JsonNode prefilled = svar.skjemadata();
        return new Skjemadel(new SoknadId(required(svar.soknadId(), "soknadId")),
                new Skjemaversjon(required(svar.skjemaversjon(), "skjemaversjon")), requiredObject(svar.skjema(), "skjema"),
                prefilled == null || prefilled.isNull() ? Svar.empty() : svar(requiredObject(prefilled, "skjemadata")));
    }

    /** The outcome of valider. */
    public static Valideringsresultat valideringsresultat(byte[] body) {
        return WireJson.read(body, VALIDERING_SVAR, svar -> {
            if (required(svar.gyldig(), "gyldig")) {
                return new Valideringsresultat(List.of());
            }
            List<Valideringsfeil> feil = CommonMapping.feil(svar.feil());
            // "Invalid" without details must not read as valid.
            return new Valideringsresultat(feil.isEmpty() ? List.of(UTEN_DETALJER) : feil);
        });
    }

    private static final Valideringsfeil UTEN_DETALJER = new Valideringsfeil("", Feilkode.ANNET,
            "Tjenesten fant søknaden ugyldig, men sa ikke hvor.");

    /** Prefilled answers deeper than the form model allows are an unreadable answer, not a crash. */
    private static Svar svar(ObjectNode json) {
        try {
            return Svar.of(json);
        } catch (SkjemaException e) {
            throw new WireFormatException("answer field skjemadata is not usable as answers: " + e.feil().kode());
        }
    }

    /** The immediate answer to send; an unknown {@code utfall} becomes {@code UkjentUtfall}. */
    public static SendResultat sendResultat(byte[] body) {
        return WireJson.read(body, SEND_SVAR, svar -> {
            List<Melding> meldinger = CommonMapping.meldinger(svar.meldinger(), "meldinger");
            Optional<Soknadsreferanse> referanse = CommonMapping.soknadsreferanse(svar.soknadsreferanse());
            String utfall = required(svar.utfall(), "utfall");
            switch (utfall) {
                case "INNVILGET":
                    return new SendResultat.Innvilget(CommonMapping.kvittering(svar.kvittering()), referanse, meldinger);
                case "AVSLAG":
                    return new SendResultat.Avslag(CommonMapping.meldinger(svar.avslagsgrunner(), "avslagsgrunner"), referanse, meldinger);
                case "MANUELL_SAKSBEHANDLING":
                    return new SendResultat.ManuellSaksbehandling(
                            new Soknadsreferanse(required(svar.soknadsreferanse(), "soknadsreferanse")), meldinger);
                case "AVVISNING":
                    return new SendResultat.Avvisning(meldinger);
                default:
                    return new SendResultat.UkjentUtfall(WireJson.unknownCode(utfall), referanse, meldinger);
            }
        });
    }

    /** The status of an application; an unknown status becomes {@code UkjentStatus}. */
    public static SoknadStatus status(byte[] body) {
        return WireJson.read(body, STATUS_SVAR, svar -> {
            Soknadsreferanse referanse = new Soknadsreferanse(required(svar.soknadsreferanse(), "soknadsreferanse"));
            Optional<OffsetDateTime> endret = Optional.ofNullable(svar.sistEndret());
            String status = required(svar.status(), "status");
            switch (status) {
                case "UNDER_BEHANDLING":
                    return new SoknadStatus.UnderBehandling(referanse, endret);
                case "INNVILGET":
                    return new SoknadStatus.Innvilget(referanse, CommonMapping.kvittering(svar.kvittering()), endret);
                case "AVSLAG":
                    return new SoknadStatus.Avslag(referanse, CommonMapping.meldinger(svar.avslagsgrunner(), "avslagsgrunner"), endret);
                default:
                    return new SoknadStatus.UkjentStatus(referanse, WireJson.unknownCode(status), endret);
            }
        });
    }

    /** The complete schema from getSoknadSkjema. */
    public static SoknadSkjema soknadSkjema(byte[] body) {
        return WireJson.read(body, SKJEMA_DOKUMENT, dok -> new SoknadSkjema(
                new Skjemaversjon(required(dok.skjemaversjon(), "skjemaversjon")), requiredObject(dok.skjema(), "skjema")));
    }
}
