package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Draft-07 schemas written for the differential tests, each modelled on a construct that public schemas and
 * form-library samples use (the comment names what it imitates; none is copied). Single quotes for brevity.
 */
final class Korpus {
    private Korpus() {
    }

    record Skjema(String navn, JsonNode json) {
        @Override
        public String toString() {
            return navn;
        }
    }

    static final List<Skjema> ALLE = List.of(
            // json-schema.org's property dependency: a credit card needs a billing address.
            s("property dependency", "{'type': 'object', 'properties': {'name': {'type': 'string'}, 'credit_card':"
                    + " {'type': 'number'}, 'billing_address': {'type': 'string'}}, 'required': ['name'],"
                    + " 'dependencies': {'credit_card': ['billing_address']}}"),
            // json-schema.org's schema dependency: the dependency adds a required field.
            s("schema dependency", "{'type': 'object', 'properties': {'name': {'type': 'string'}, 'credit_card':"
                    + " {'type': 'number'}}, 'dependencies': {'credit_card': {'properties': {'billing_address':"
                    + " {'type': 'string', 'minLength': 2}}, 'required': ['billing_address']}}}"),
            // json-schema.org's country / postal code conditional.
            s("if-then-else at the top", "{'type': 'object', 'properties': {'street': {'type': 'string'}, 'country':"
                    + " {'enum': ['United States of America', 'Canada']}}, 'if': {'properties': {'country': {'const':"
                    + " 'United States of America'}}}, 'then': {'properties': {'postal_code': {'pattern': '^[0-9]{5}$'}}},"
                    + " 'else': {'properties': {'postal_code': {'pattern': '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'}}}}"),
            // json-schema.org's several conditionals inside allOf.
            s("if-then inside allOf", "{'type': 'object', 'properties': {'country': {'enum': ['a', 'b', 'c']}},"
                    + " 'allOf': [{'if': {'properties': {'country': {'const': 'a'}}, 'required': ['country']},"
                    + " 'then': {'properties': {'zip': {'type': 'string', 'maxLength': 2}}, 'required': ['zip']}},"
                    + " {'if': {'properties': {'country': {'const': 'b'}}, 'required': ['country']},"
                    + " 'then': {'properties': {'postcode': {'type': 'integer'}}}}]}"),
            // Form-library sample: a select whose value picks a oneOf branch through a const.
            s("oneOf with a const discriminator", "{'type': 'object', 'properties': {'kind': {'enum': ['no', 'yes']}},"
                    + " 'required': ['kind'], 'oneOf': [{'properties': {'kind': {'const': 'no'}}},"
                    + " {'properties': {'kind': {'const': 'yes'}, 'how_many': {'type': 'integer', 'minimum': 1}},"
                    + " 'required': ['how_many']}]}"),
            // Form-library sample: anyOf of alternative identities without a discriminator.
            s("anyOf without discriminator", "{'type': 'object', 'anyOf': [{'properties': {'firstName': {'type':"
                    + " 'string'}, 'lastName': {'type': 'string'}}, 'required': ['lastName']}, {'properties': {'idCode':"
                    + " {'type': 'string'}}, 'required': ['idCode']}]}"),
            // Form-library sample: oneOf whose branches are told apart only by their fields.
            s("oneOf without discriminator", "{'type': 'object', 'oneOf': [{'properties': {'lorem': {'type': 'string'}},"
                    + " 'required': ['lorem']}, {'properties': {'ipsum': {'type': 'string'}}, 'required': ['ipsum']}]}"),
            // json-schema.org's implication: a tip is required at a sit-down restaurant.
            s("implication", "{'type': 'object', 'properties': {'restaurantType': {'enum': ['fast-food', 'sit-down']},"
                    + " 'total': {'type': 'number'}, 'tip': {'type': 'number'}}, 'anyOf': [{'not': {'properties':"
                    + " {'restaurantType': {'const': 'sit-down'}}, 'required': ['restaurantType']}}, {'required': ['tip']}]}"),
            // A conditional that constrains a list declared outside it.
            s("conditional on a list", "{'type': 'object', 'properties': {'mode': {'type': 'string'}, 'list': {'type':"
                    + " 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'code':"
                    + " {'type': 'string'}}}}}, 'if': {'properties': {'mode': {'const': 'a'}}, 'required': ['mode']},"
                    + " 'then': {'properties': {'list': {'items': {'required': ['code']}, 'minItems': 1}}}}"),
            // Recipe-like recursion: steps inside steps.
            s("recursion", "{'type': 'object', 'properties': {'steps': {'$ref': '#/definitions/steps'}},"
                    + " 'definitions': {'steps': {'type': 'array', 'items': {'type': 'object', 'properties': {'text':"
                    + " {'type': 'string', 'minLength': 1}, 'steps': {'$ref': '#/definitions/steps'}},"
                    + " 'required': ['text']}}}}"),
            // Task-list-like recursion with a conditional in every level: a timer step needs its minutes.
            s("recursion with a conditional", "{'type': 'object', 'properties': {'steps': {'$ref': '#/definitions/s'}},"
                    + " 'definitions': {'s': {'type': 'array', 'items': {'type': 'object', 'properties': {'kind': {'enum':"
                    + " ['plain', 'timer']}, 'steps': {'$ref': '#/definitions/s'}}, 'if': {'properties': {'kind':"
                    + " {'const': 'timer'}}, 'required': ['kind']}, 'then': {'properties': {'minutes': {'type':"
                    + " 'integer', 'minimum': 1}}, 'required': ['minutes']}}}}}"),
            // Organisation-chart-like tree through the root: a node's unit, and a head only when it has staff.
            s("recursion through the root", "{'type': 'object', 'properties': {'unit': {'type': 'string', 'maxLength':"
                    + " 4}, 'staff': {'type': 'integer'}, 'sub': {'$ref': '#'}}, 'required': ['unit'], 'dependencies':"
                    + " {'staff': {'properties': {'head': {'type': 'string', 'minLength': 2}}, 'required': ['head']}}}"),
            // GeoJSON-like tuple: a position of two or three numbers.
            s("tuple", "{'type': 'object', 'properties': {'position': {'type': 'array', 'items': [{'type': 'number'},"
                    + " {'type': 'number'}], 'additionalItems': {'type': 'number'}, 'minItems': 2, 'maxItems': 3}}}"),
            // Date-range-like tuple of two objects, closed, with a branch that constrains the first position.
            s("tuple of objects with a branch", "{'type': 'object', 'properties': {'open': {'type': 'boolean'}, 'range':"
                    + " {'type': 'array', 'items': [{'type': 'object', 'properties': {'from': {'type': 'integer'}},"
                    + " 'required': ['from']}, {'type': 'object', 'properties': {'to': {'type': 'integer'}}}],"
                    + " 'additionalItems': false}}, 'if': {'properties': {'open': {'const': false}}, 'required': ['open']},"
                    + " 'then': {'properties': {'range': {'items': [{'properties': {'from': {'minimum': 0}}},"
                    + " {'required': ['to']}], 'minItems': 2}}}}"),
            // Code list as oneOf of const + title, as many schemas on SchemaStore write it.
            s("titled code list", "{'type': 'object', 'properties': {'level': {'oneOf': [{'const': 'low', 'title':"
                    + " 'Low'}, {'const': 'high', 'title': 'High'}]}, 'score': {'type': 'integer', 'enum': [1, 2, 3]}},"
                    + " 'required': ['level']}"),
            // Nested address with a conditional inside the nested object.
            s("conditional in a nested object", "{'type': 'object', 'properties': {'address': {'type': 'object',"
                    + " 'properties': {'country': {'type': 'string'}, 'state': {'type': 'string'}}, 'required':"
                    + " ['country'], 'if': {'properties': {'country': {'const': 'US'}}}, 'then': {'required': ['state']}}}}"),
            // Package-manifest-like: closed object with pattern properties.
            s("closed object with patterns", "{'type': 'object', 'properties': {'name': {'type': 'string'}},"
                    + " 'patternProperties': {'^x-': {'type': 'string'}}, 'additionalProperties': false}"),
            // Invoice lines: required and a dependency inside list items.
            s("rules inside list items", "{'type': 'object', 'properties': {'lines': {'type': 'array', 'items':"
                    + " {'type': 'object', 'properties': {'qty': {'type': 'integer', 'minimum': 1}, 'discount':"
                    + " {'type': 'number'}, 'reason': {'type': 'string'}}, 'required': ['qty'], 'dependencies':"
                    + " {'discount': ['reason']}}}}}"),
            // json-schema.org's billing and shipping addresses sharing one definition.
            s("shared definitions", "{'type': 'object', 'definitions': {'address': {'type': 'object', 'properties':"
                    + " {'street': {'type': 'string'}, 'city': {'type': 'string'}}, 'required': ['street', 'city']}},"
                    + " 'properties': {'billing': {'$ref': '#/definitions/address'}, 'shipping': {'$ref':"
                    + " '#/definitions/address'}}, 'required': ['billing']}"),
            // A forbidden value: not + enum.
            s("not with enum", "{'type': 'object', 'properties': {'username': {'type': 'string', 'not': {'enum':"
                    + " ['admin', 'root']}}, 'role': {'not': {'const': 'a'}}}}"),
            // Medication-like: prefilled readOnly value, number ranges with integral floats.
            s("prefilled and ranges", "{'type': 'object', 'properties': {'id': {'type': 'string', 'readOnly': true,"
                    + " 'default': 'x'}, 'dose': {'type': 'number', 'minimum': 0.5, 'maximum': 10.0}, 'times':"
                    + " {'type': 'integer', 'maximum': 4.0, 'multipleOf': 1.0}}, 'required': ['dose']}"),
            // Polymorphic list: items are one of several object kinds told apart by a type const.
            s("polymorphic list items", "{'type': 'object', 'properties': {'items': {'type': 'array', 'items':"
                    + " {'type': 'object', 'properties': {'type': {'enum': ['a', 'b']}}, 'required': ['type'], 'oneOf':"
                    + " [{'properties': {'type': {'const': 'a'}, 'x': {'type': 'integer'}}, 'required': ['x']},"
                    + " {'properties': {'type': {'const': 'b'}, 'y': {'type': 'string'}}}]}}}}"),
            // Questionnaire: a conditional inside a conditional.
            s("nested conditionals", "{'type': 'object', 'properties': {'employed': {'type': 'boolean'}},"
                    + " 'if': {'properties': {'employed': {'const': true}}, 'required': ['employed']}, 'then': {"
                    + " 'properties': {'employer': {'type': 'string'}, 'fullTime': {'type': 'boolean'}}, 'required':"
                    + " ['employer'], 'if': {'properties': {'fullTime': {'const': false}}, 'required': ['fullTime']},"
                    + " 'then': {'properties': {'hours': {'type': 'integer', 'maximum': 30}}, 'required': ['hours']}}}"),
            // Boolean subschemas and an $id anchor, as generated schemas write them.
            s("boolean subschemas and anchors", "{'type': 'object', 'properties': {'any': true, 'never': false,"
                    + " 'code': {'$ref': '#code'}}, 'definitions': {'c': {'$id': '#code', 'type': 'string', 'maxLength': 3}}}"),
            // Options object where a flag switches between a number and a text (type-changing branch).
            s("type-changing branch", "{'type': 'object', 'properties': {'numeric': {'type': 'boolean'}, 'value': {}},"
                    + " 'if': {'properties': {'numeric': {'const': true}}, 'required': ['numeric']}, 'then':"
                    + " {'properties': {'value': {'type': 'number'}}}, 'else': {'properties': {'value': {'type': 'string'}}}}"));

    private static Skjema s(String navn, String json) {
        return new Skjema(navn, TestJson.json(json));
    }
}
