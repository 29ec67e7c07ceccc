package org.ddmsportal.api.v1.support;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Takes out of a schema of the OpenAPI document the constraints Payara writes for every
 * {@code @Schema}-annotated record with the annotation's default values: {@code maxProperties: 0}
 * declared every response and request body of {@code /api/v1} an object that may hold no property
 * at all, so a validating client or generator refused each real answer. The other defaults
 * ({@code minProperties: 0}, {@code minLength: 0}, {@code false} for {@code exclusiveMaximum},
 * {@code uniqueItems}, {@code nullable}, …) restate the specification's own and go with them. A
 * constraint a DTO declares on purpose is not 0 or {@code false}, and stays.
 */
final class SchemaDefaults {

    private SchemaDefaults() {
    }

    /** The schema without its spelled-out defaults (changed in place, and returned). */
    static Schema clean(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
