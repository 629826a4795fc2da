package org.sitepass.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();
    private final Instant instant = Instant.parse("2026-11-21T07:11:39.669424Z");

    @Test
    void writesUtcTextWithMicroseconds() {
        assertEquals("2026-11-21 07:11:39.669424", converter.convertToDatabaseColumn(instant));
        assertEquals("2026-11-21 07:11:39.000000",
                converter.convertToDatabaseColumn(Instant.parse("2026-11-21T07:11:39Z")));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void readsWhatTheDriverReturns() {
        assertEquals(instant, converter.convertToEntityAttribute(LocalDateTime.parse("2026-11-21T07:11:39.669424")));
        assertEquals(instant, converter.convertToEntityAttribute(Timestamp.valueOf("2026-11-21 07:11:39.669424")));
        assertEquals(instant, converter.convertToEntityAttribute("2026-11-21 07:11:39.669424"));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
