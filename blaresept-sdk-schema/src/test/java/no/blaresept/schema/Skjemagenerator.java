package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Random draft-07 schemas over every keyword, and random instances that often come close to them: the input
 * of the keyword-conformance test. A schema is an object form with the generated schema as field {@code x},
 * plus {@code definitions} the field may {@code $ref} (each only to later ones, so no same-value cycle), one
 * of them reachable by an {@code $id} anchor. Seeded: a failure is reproducible from its number.
 *
 * <p>No non-ASCII e-mail address is generated: the oracle accepts {@code æ@example.no} as {@code email},
 * draft-07 (RFC 5322) does not; {@code KonformitetTest} holds that case.
 */
final class Skjemagenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> TYPER = List.of("null", "boolean", "integer", "number", "string", "array",
            "object");
    private static final List<String> NAVN = List.of("a", "b", "c");
    private static final List<String> MONSTRE = List.of("^a", "b$", "^[a-c]*$", "^\\d+$", "a|b", "^.{2}$");
    private static final List<String> TEKSTER = List.of("", "a", "ab", "abc", "b", "ba", "12", "æøå",
            "2020-02-29", "2020-02-30", "1998-12-31T23:59:60Z", "2020-01-01T12:00:00+01:00", "2020-01-01t12:00:00z",
            "2020-01-01T24:00:00Z", "joe@example.com", "a..b@example.com");
    private static final int DEFINISJONER = 3;

    private final Random r;
    private boolean anker;

    Skjemagenerator(long frø) {
        this.r = new Random(frø);
    }

    /** {@code {"properties": {"x": …}, "definitions": {…}}}. */
    ObjectNode skjema() {
        ObjectNode rot = F.objectNode();
        ObjectNode defs = rot.putObject("definitions");
        for (int i = DEFINISJONER - 1; i >= 0; i--) {
            JsonNode d = skjema(2, i + 1);
            if (i == 0 && d.isObject()) {
                ((ObjectNode) d).put("$id", "#anker");
                anker = true;
            }
            defs.set("d" + i, d);
        }
        rot.putObject("properties").set("x", skjema(3, 0));
        if (r.nextInt(4) == 0) {
            rot.putArray("required").add("x");
        }
        return rot;
    }

    /** A subschema; {@code forsteRef} is the first definition it may refer to. */
    private JsonNode skjema(int dybde, int forsteRef) {
        int valg = r.nextInt(20);
        if (valg == 0) {
            return F.booleanNode(r.nextInt(4) > 0);
        }
        if (valg == 1 && forsteRef < DEFINISJONER) {
            int d = forsteRef + r.nextInt(DEFINISJONER - forsteRef);
            return F.objectNode().put("$ref", d == 0 && anker && r.nextBoolean() ? "#anker" : "#/definitions/d" + d);
        }
        if (valg == 2 && dybde == 3) {
            return F.objectNode().put("$ref", "http://json-schema.org/draft-07/schema#");
        }
        ObjectNode s = F.objectNode();
        int antall = 1 + r.nextInt(3);
        for (int i = 0; i < antall; i++) {
            nokkelord(s, dybde, forsteRef);
        }
        return s;
    }

    private void nokkelord(ObjectNode s, int dybde, int forsteRef) {
        int k = r.nextInt(dybde > 0 ? 34 : 18);
        switch (k) {
            case 0 -> s.put("type", TYPER.get(r.nextInt(TYPER.size())));
            case 1 -> s.putArray("type").add(TYPER.get(r.nextInt(TYPER.size()))).add(TYPER.get(r.nextInt(TYPER.size())));
            case 2 -> {
                ArrayNode e = s.putArray("enum");
                for (int i = 0; i < 1 + r.nextInt(3); i++) {
                    e.add(verdi(1));
                }
            }
            case 3 -> s.set("const", verdi(1));
            case 4 -> s.set("multipleOf", r.nextBoolean() ? F.numberNode(2) : F.numberNode(0.5));
            case 5 -> s.set("maximum", tall());
            case 6 -> s.set("exclusiveMaximum", tall());
            case 7 -> s.set("minimum", tall());
            case 8 -> s.set("exclusiveMinimum", tall());
            case 9 -> s.set("maxLength", grense());
            case 10 -> s.set("minLength", grense());
            case 11 -> s.put("pattern", MONSTRE.get(r.nextInt(MONSTRE.size())));
            case 12 -> s.set("maxItems", grense());
            case 13 -> s.set("minItems", grense());
            case 14 -> s.put("uniqueItems", r.nextBoolean());
            case 15 -> s.set("maxProperties", grense());
            case 16 -> s.set("minProperties", grense());
            case 17 -> s.put("format", List.of("date", "date-time", "email").get(r.nextInt(3)));
            case 18 -> {
                ObjectNode p = s.putObject("properties");
                for (int i = 0; i < 1 + r.nextInt(3); i++) {
                    p.set(navn(), skjema(dybde - 1, forsteRef));
                }
            }
            case 19 -> {
                ArrayNode req = s.putArray("required");
                NAVN.stream().filter(n -> r.nextBoolean()).forEach(req::add);
            }
            case 20 -> s.set("items", skjema(dybde - 1, forsteRef));
            case 21 -> {
                ArrayNode tuppel = s.putArray("items");
                for (int i = 0; i < 1 + r.nextInt(2); i++) {
                    tuppel.add(skjema(dybde - 1, forsteRef));
                }
                if (r.nextBoolean()) {
                    s.set("additionalItems", skjema(dybde - 1, forsteRef));
                }
            }
            case 22 -> s.set("contains", skjema(dybde - 1, forsteRef));
            case 23 -> s.putObject("patternProperties").set(r.nextBoolean() ? "^a" : "b", skjema(dybde - 1, forsteRef));
            case 24 -> s.set("additionalProperties", skjema(dybde - 1, forsteRef));
            case 25 -> {
                ObjectNode d = s.putObject("dependencies");
                if (r.nextBoolean()) {
                    d.putArray(navn()).add(navn());
                } else {
                    d.set(navn(), skjema(dybde - 1, forsteRef));
                }
            }
            case 26 -> s.set("propertyNames", skjema(dybde - 1, forsteRef));
            case 27, 28 -> {
                s.set("if", skjema(dybde - 1, forsteRef));
                if (r.nextInt(4) > 0) {
                    s.set("then", skjema(dybde - 1, forsteRef));
                }
                if (r.nextInt(4) > 0) {
                    s.set("else", skjema(dybde - 1, forsteRef));
                }
            }
            case 29, 30, 31 -> {
                ArrayNode alt = s.putArray(List.of("allOf", "anyOf", "oneOf").get(k - 29));
                for (int i = 0; i < 1 + r.nextInt(3); i++) {
                    alt.add(skjema(dybde - 1, forsteRef));
                }
            }
            case 32 -> s.set("not", skjema(dybde - 1, forsteRef));
            default -> s.put("title", "Felt");
        }
    }

    /** A random value, often one of the generator's own constants so that const/enum sometimes match. */
    JsonNode verdi(int dybde) {
        int k = r.nextInt(dybde > 0 ? 13 : 10);
        return switch (k) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt(5) - 1);
            case 3 -> F.numberNode((double) (r.nextInt(5) - 1)); // integral float: 1.0
            case 4 -> F.numberNode(0.5 + r.nextInt(3));
            case 5, 6, 7 -> F.textNode(TEKSTER.get(r.nextInt(TEKSTER.size())));
            case 8 -> F.numberNode(r.nextInt(3));
            case 9 -> F.textNode(NAVN.get(r.nextInt(NAVN.size())));
            case 10, 11 -> {
                ObjectNode o = F.objectNode();
                for (int i = 0; i < r.nextInt(4); i++) {
                    o.set(navn(), verdi(dybde - 1));
                }
                yield o;
            }
            default -> {
                ArrayNode a = F.arrayNode();
                for (int i = 0; i < r.nextInt(4); i++) {
                    a.add(r.nextInt(3) == 0 && a.size() > 0 ? a.get(0).deepCopy() : verdi(dybde - 1));
                }
                yield a;
            }
        };
    }

    private String navn() {
        return NAVN.get(r.nextInt(NAVN.size()));
    }

    private JsonNode tall() {
        return r.nextBoolean() ? F.numberNode(r.nextInt(4) - 1) : F.numberNode(r.nextInt(4) - 0.5);
    }

    /** A non-negative integer limit, sometimes written as an integral float (2.0). */
    private JsonNode grense() {
        int n = r.nextInt(4);
        return r.nextBoolean() ? F.numberNode(n) : F.numberNode((double) n);
    }
}
