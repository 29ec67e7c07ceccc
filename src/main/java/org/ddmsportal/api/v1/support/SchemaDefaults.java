package org.ddmsportal.api.v1.support;

import java.util.function.Consumer;
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
        unset(schema.getMaxProperties(), 0, schema::setMaxProperties);
        unset(schema.getMinProperties(), 0, schema::setMinProperties);
        unset(schema.getMinLength(), 0, schema::setMinLength);
        unset(schema.getExclusiveMaximum(), false, schema::setExclusiveMaximum);
        unset(schema.getExclusiveMinimum(), false, schema::setExclusiveMinimum);
        unset(schema.getUniqueItems(), false, schema::setUniqueItems);
        unset(schema.getNullable(), false, schema::setNullable);
        unset(schema.getReadOnly(), false, schema::setReadOnly);
        unset(schema.getWriteOnly(), false, schema::setWriteOnly);
        unset(schema.getDeprecated(), false, schema::setDeprecated);
        return schema;
    }

    /** Sets the property to {@code null} when it holds the annotation's default. */
    private static <T> void unset(T value, T spelledOut, Consumer<T> setter) {
        if (spelledOut.equals(value)) {
            setter.accept(null);
        }
    }
}
