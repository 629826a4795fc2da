package org.sitepass.platform.boundary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of a record the scanner met only as the type argument of a page ({@code Page<Entry>}), which it does
 * not follow, made from the record's components as the scanner makes the others.
 */
final class RecordSchemas {

    private RecordSchemas() {
    }

    /** Adds the record's schema, and those of the records it holds, unless the scanner made them already. */
    static void ensure(Components components, Class<?> record) {
        String name = PagedLists.schemaName(record);
        if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        // added before its components are described, so that a record which holds its own kind is described once
        components.addSchema(name, schema);
        for (RecordComponent component : record.getRecordComponents()) {
            schema.addProperty(component.getName(), of(components, component.getGenericType()));
        }
    }

    private static Schema of(Components components, Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.ARRAY)
                    .items(of(components, generic.getActualTypeArguments()[0]));
        }
        Class<?> raw = type instanceof Class<?> plain ? plain : Object.class;
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        } else if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        } else if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        } else if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        } else if (raw == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        } else if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        } else if (raw == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        } else if (raw.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING)
                    .enumeration(Stream.of(raw.getEnumConstants()).map(Object::toString).map(Object.class::cast)
                            .toList());
        } else if (raw.isRecord()) {
            ensure(components, raw);
            return OASFactory.createSchema().ref(PagedLists.schemaName(raw));
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
}
