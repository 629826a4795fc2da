package org.sitepass.platform;

import java.time.Instant;
import org.sitepass.platform.entity.UtcInstantConverter;

/**
 * Times in native SQL, stored exactly as entities store them (UTC text in DATETIME(6)): the driver would otherwise
 * shift or truncate them on MariaDB.
 */
public final class StoredTime {

    private static final UtcInstantConverter CONVERTER = new UtcInstantConverter();

    private StoredTime() {
    }

    /** The value to bind for a DATETIME(6) column holding this instant. */
    public static Object of(Instant instant) {
        return CONVERTER.convertToDatabaseColumn(instant);
    }

    /** The instant a DATETIME(6) column read by native SQL holds. */
    public static Instant read(Object column) {
        return CONVERTER.convertToEntityAttribute(column);
    }
}
