package no.blaresept.sdk.internal.wire;

import static no.blaresept.sdk.internal.wire.WireJson.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.sdk.vedtak.Vedtaksdokument;
import org.jspecify.annotations.Nullable;

/**
 * The wire format of {@code /vedtak/sok} and {@code /vedtak/getVedtaksdokument}.
 *
 * <p>Stateless and thread-safe.
 */
public final class VedtakWire {

    private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");
    private static final String DEFAULT_FILNAVN = "vedtaksdokument.pdf";

    private static final WireJson.AnswerReader<SokSvar> SOK_SVAR = WireJson.AnswerReader.of(SokSvar.class);

    private VedtakWire() {
    }

    record SokSvar(@Nullable String utfall, @Nullable List<CommonDto.Melding> meldinger,
                   @Nullable List<VedtakDto> vedtak, @Nullable String soknadsreferanse) {
    }

    record VedtakDto(@Nullable String vedtaksId, @Nullable String hjemmel, CommonDto.@Nullable Produkt produkt,
                     @Nullable LocalDate gyldigFra, @Nullable LocalDate gyldigTil, @Nullable String innhold,
                     @Nullable List<String> vilkar, @Nullable List<CommonDto.Tekst> tekster,
                     @Nullable Boolean maLeseVedtaksdokument, @Nullable String dokumentreferanse) {
    }

    /** The body of a decision lookup (and of del1: the same fields). */
    public static byte[] forskrivning(Forskrivning forskrivning) {
        return WireJson.write(CommonMapping.forskrivning(forskrivning));
    }

    /** The outcome of a decision lookup; an unknown {@code utfall} becomes {@code UkjentUtfall}. */
    public static VedtakSokResultat sokResultat(byte[] body) {
        return WireJson.read(body, SOK_SVAR, svar -> {
            List<Melding> meldinger = CommonMapping.meldinger(svar.meldinger(), "meldinger");
            String utfall = required(svar.utfall(), "utfall");
            switch (utfall) {
                case "VEDTAK_FUNNET":
                    List<VedtakDto> vedtak = required(svar.vedtak(), "vedtak");
                    if (vedtak.isEmpty()) {
                        throw new WireFormatException("answer VEDTAK_FUNNET lists no vedtak");
                    }
                    return new VedtakSokResultat.VedtakFunnet(WireJson.each(vedtak, "vedtak", VedtakWire::vedtak), meldinger);
                case "INGEN_VEDTAK":
                    return new VedtakSokResultat.IngenVedtak(meldinger);
                case "SOKNAD_TIL_BEHANDLING":
                    return new VedtakSokResultat.SoknadTilBehandling(
                            CommonMapping.soknadsreferanse(svar.soknadsreferanse()), meldinger);
                case "AVSLATT_SOKNAD":
                    return new VedtakSokResultat.AvslattSoknad(
                            CommonMapping.soknadsreferanse(svar.soknadsreferanse()), meldinger);
                case "VARSEL":
                    return new VedtakSokResultat.Varsel(meldinger);
                case "AVVISNING":
                    return new VedtakSokResultat.Avvisning(meldinger);
                default:
                    return new VedtakSokResultat.UkjentUtfall(WireJson.unknownCode(utfall), meldinger);
            }
        });
    }

    private static Vedtak vedtak(VedtakDto v) {
        boolean maLese = required(v.maLeseVedtaksdokument(), "vedtak.maLeseVedtaksdokument");
        Optional<Dokumentreferanse> dokument = maLese
                ? Optional.of(new Dokumentreferanse(required(v.dokumentreferanse(), "vedtak.dokumentreferanse")))
                : Optional.empty();
        return new Vedtak(required(v.vedtaksId(), "vedtak.vedtaksId"), CommonMapping.hjemmel(v.hjemmel()),
                CommonMapping.produkt(v.produkt()), required(v.gyldigFra(), "vedtak.gyldigFra"),
                Optional.ofNullable(v.gyldigTil()), Optional.ofNullable(v.innhold()),
                CommonMapping.vilkar(v.vilkar()), CommonMapping.tekster(v.tekster()), dokument);
    }

    /**
     * The decision letter: its bytes, media type and the file name from {@code Content-Disposition}.
     *
     * @param body               the document
     * @param mediatype          the answer's media type
     * @param contentDisposition the answer's {@code Content-Disposition} header, if any
     */
    public static Vedtaksdokument dokument(byte[] body, String mediatype, Optional<String> contentDisposition) {
        return new Vedtaksdokument(dokumentfilnavn(body.length, contentDisposition), mediatype, body);
    }

    /**
     * Checks a decision letter's size and names it from its {@code Content-Disposition}.
     *
     * @param length             the letter's size in bytes
     * @param contentDisposition the header, if any
     * @return the last segment of the file name it gives, or {@code vedtaksdokument.pdf}
     * @throws WireFormatException when the letter is empty
     */
    public static String dokumentfilnavn(long length, Optional<String> contentDisposition) {
        if (length == 0) {
            throw new WireFormatException("answer holds an empty document");
        }
        return contentDisposition.map(FILENAME::matcher).filter(Matcher::find).map(m -> baseName(m.group(1).trim()))
                .filter(name -> !name.isEmpty()).orElse(DEFAULT_FILNAVN);
    }

    // A file name from the network must not steer where a vendor saves the file: keep the last segment.
    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
