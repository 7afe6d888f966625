package no.blaresept.sdk.prosess;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.jspecify.annotations.Nullable;

/**
 * A saved {@link BlareseptProsess}: everything needed to go on after the EPJ was closed — the prescription,
 * the step, the current form part (id, version, the part's schema and prefilled answers), the answers the
 * doctor has typed so far, attachments by reference, the application's reference, and whether a send's
 * outcome is unknown (so a resumed process still refuses to send until
 * {@link BlareseptProsess#avklarUkjentInnsending()} has looked it up, F-3.2).
 *
 * <p>Get one from {@link BlareseptProsess#tilstand(Svar)}, store {@link #toJson()} with the journal data,
 * and later {@link #parse(String)} it and hand it to {@link BlareseptProsess#gjenoppta(no.blaresept.sdk.BlareseptClient, Prosesstilstand)}.
 * The JSON shape is documented in {@code docs/core.md} ("Resume after restart") and versioned by
 * {@code formatversjon}: this SDK writes {@value #FORMATVERSJON} and reads only the versions it knows.
 *
 * <p>Immutable and thread-safe. The JSON holds patient data (it is journal data); {@link #toString()} shows
 * the step, the part's id and version, and counts only.
 */
public final class Prosesstilstand {

    /** The format version this SDK writes. */
    public static final int FORMATVERSJON = 1;

    /** The steps at which a process holds a form part. */
    static final Set<Prosesssteg> MED_SKJEMADEL =
            EnumSet.of(Prosesssteg.DEL2, Prosesssteg.DEL3, Prosesssteg.INNSENDING, Prosesssteg.UKJENT_INNSENDING);

    private final Forskrivning forskrivning;
    private final Prosesssteg steg;
    private final @Nullable Skjemadel skjemadel;
    private final Svar svar;
    private final List<Vedleggsreferanse> vedlegg;
    private final @Nullable Soknadsreferanse soknadsreferanse;

    Prosesstilstand(Forskrivning forskrivning, Prosesssteg steg, @Nullable Skjemadel skjemadel, Svar svar,
                    List<Vedleggsreferanse> vedlegg, @Nullable Soknadsreferanse soknadsreferanse) {
        this.forskrivning = Objects.requireNonNull(forskrivning, "forskrivning");
        this.steg = Objects.requireNonNull(steg, "steg");
        this.skjemadel = skjemadel;
        this.svar = Objects.requireNonNull(svar, "svar");
        this.vedlegg = List.copyOf(vedlegg);
        this.soknadsreferanse = soknadsreferanse;
    }

    /**
     * Reads a saved state.
     *
     * @param json the text {@link #toJson()} wrote
     * @return the state
     * @throws ProsesstilstandException {@link ProsesstilstandException.Kode#UKJENT_FORMATVERSJON} naming the
     *                                  version found and the ones supported when a newer SDK wrote it; otherwise
     *                                  naming the JSON Pointer of the first missing, wrong or unknown value
     */
    public static Prosesstilstand parse(String json) {
        return ProsesstilstandJson.les(Objects.requireNonNull(json, "json"));
    }

    /** The state as JSON text, for the vendor to store with the journal data. Holds patient data. */
    public String toJson() {
        return ProsesstilstandJson.skriv(this);
    }

    /** The format version of this state's JSON. */
    public int formatversjon() {
        return FORMATVERSJON;
    }

    /** The prescription the process is for. */
    public Forskrivning forskrivning() {
        return forskrivning;
    }

    /** The step the process was at. */
    public Prosesssteg steg() {
        return steg;
    }

    /** Whether a send's outcome was unknown: the resumed process refuses to send until it has looked it up. */
    public boolean ukjentInnsending() {
        return steg == Prosesssteg.UKJENT_INNSENDING;
    }

    /** The current form part; empty before del1 gave one. */
    public Optional<Skjemadel> skjemadel() {
        return Optional.ofNullable(skjemadel);
    }

    /** The answers the doctor had typed to the current part (not yet sent), without the prefilled ones. */
    public Svar svar() {
        return svar;
    }

    /** The attachments, by reference. */
    public List<Vedleggsreferanse> vedlegg() {
        return vedlegg;
    }

    /** The application's reference, once a send or a lookup gave one. */
    public Optional<Soknadsreferanse> soknadsreferanse() {
        return Optional.ofNullable(soknadsreferanse);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prosesstilstand t && forskrivning.equals(t.forskrivning) && steg == t.steg
                && Objects.equals(skjemadel, t.skjemadel) && svar.equals(t.svar) && vedlegg.equals(t.vedlegg)
                && Objects.equals(soknadsreferanse, t.soknadsreferanse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(forskrivning, steg, skjemadel, svar, vedlegg, soknadsreferanse);
    }

    /** Step, part and counts only: the prescription and the answers are patient data. */
    @Override
    public String toString() {
        return "Prosesstilstand[formatversjon=" + FORMATVERSJON + ", steg=" + steg + ", "
                + (skjemadel == null ? "ingen skjemadel" : skjemadel) + ", svar=" + svar.antallVerdier()
                + " verdier, vedlegg=" + vedlegg.size() + "]";
    }
}
