package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A <strong>synthetic</strong> sample søknad schema set for tests, the testkit mock server, examples and
 * benchmarks. It is <strong>not</strong> Helsedirektoratet's schema: it follows the structure the
 * specification describes (pasient, avsender with HPR number, legemiddel/næringsmiddel, hjemmel § 3/§ 6/§ 5-25,
 * diagnoses with ICD-10/ICPC-2, conditional sections, prefilled read-only fields, an attachment field, long
 * help texts; about 200 fields in the full form), with invented content.
 *
 * <p>The resources live under {@code /no/blaresept/schema/eksempel/} with stable names (see {@link Del}).
 *
 * <p>Thread safety: stateless; every call returns a fresh tree the caller may modify.
 */
public final class Eksempelskjema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Eksempelskjema() {
    }

    /** The sample schemas, each a classpath resource. */
    public enum Del {
        /** Del 1: pasient, avsender, hjemmel, legemiddel/næringsmiddel/yrkesskade. Version 1.0.0. */
        DEL1("del1.json"),
        /** Del 2: del 1 plus diagnoses (ICD-10/ICPC-2) and tilleggsopplysninger. Version 1.0.0. */
        DEL2("del2.json"),
        /** Del 3: the complete form. Version 1.0.0. */
        DEL3("del3.json"),
        /** The full form as {@code getSoknadSkjema} returns it. Version 1.0.0. */
        SOKNAD("soknad.json"),
        /** {@link #SOKNAD} with only minor changes (new simple fields, removed field, changed validation). Version 1.1.0. */
        SOKNAD_MINOR("soknad-minor.json"),
        /** {@link #SOKNAD} with major changes (new group, new code list, type change, new conditional). Version 2.0.0. */
        SOKNAD_MAJOR("soknad-major.json");

        private final String filnavn;

        Del(String filnavn) {
            this.filnavn = filnavn;
        }

        /** The classpath resource name, for example {@code /no/blaresept/schema/eksempel/del1.json}. */
        public String ressurs() {
            return "/no/blaresept/schema/eksempel/" + filnavn;
        }
    }

    /** The schema as a fresh JSON tree. */
    public static JsonNode of(Del del) {
        Objects.requireNonNull(del, "del");
        try (InputStream inn = Eksempelskjema.class.getResourceAsStream(del.ressurs())) {
            if (inn == null) {
                throw new IllegalStateException("Eksempelskjemaet mangler på klassestien: " + del.ressurs());
            }
            return JSON.readTree(inn);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese eksempelskjemaet " + del.ressurs(), e);
        }
    }

    /** The full sample form ({@link Del#SOKNAD}). */
    public static JsonNode soknad() {
        return of(Del.SOKNAD);
    }
}
