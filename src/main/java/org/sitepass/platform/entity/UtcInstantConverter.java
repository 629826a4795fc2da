package org.sitepass.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores every {@link Instant} in a {@code DATETIME(6)} column as UTC with microseconds. EclipseLink 4.0 would
 * serialise an Instant, and Connector/J drops the fractional seconds of temporal values it binds against
 * MariaDB 10.11 (which introduces itself as "5.5.5-10.11", older than fractional seconds). So values are
 * written as text, which both MySQL and MariaDB parse with microseconds, and read back as the driver's
 * temporal type, which keeps them. The column type is therefore declared as {@code Object}.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter COLUMN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : COLUMN.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (stored instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(stored.toString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
