package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** A body over the limit is refused before it is parsed; one within it reaches the reader unchanged. */
class BodyLimitsTest {

    private static final int MEGABYTE = 1024 * 1024;

    /** A body that must not be read. */
    private static final InputStream UNTOUCHED = new InputStream() {
        @Override
        public int read() {
            throw new AssertionError("the body was read");
        }
    };

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> BodyLimits.within(2, String.valueOf(2 * MEGABYTE + 1), UNTOUCHED));
        assertEquals(413, refused.status());
        assertEquals("urn:sitepass:problem:body-too-large", refused.type());
        assertEquals("problem.413.detail", refused.detail().key());
        assertEquals(List.of(2), List.of(refused.detail().arguments()));
    }

    @Test
    void aDeclaredLengthWithinTheLimitPassesTheBodyOnAsItCame() throws Exception {
        assertSame(UNTOUCHED, BodyLimits.within(2, String.valueOf(2 * MEGABYTE), UNTOUCHED));
    }

    @Test
    void anUndeclaredLengthIsToldByReadingOneByteMoreThanTheLimit() throws Exception {
        byte[] atLimit = new byte[MEGABYTE];
        atLimit[MEGABYTE - 1] = 7;
        assertArrayEquals(atLimit, BodyLimits.within(1, null, new ByteArrayInputStream(atLimit)).readAllBytes());

        CountingStream endless = new CountingStream();
        RequestRefused refused = assertThrows(RequestRefused.class, () -> BodyLimits.within(1, null, endless));
        assertEquals(413, refused.status());
        assertEquals(MEGABYTE + 1, endless.read, "no more is read than it takes to tell");
    }

    /** Zeros without end, counting what was taken. */
    private static final class CountingStream extends InputStream {

        private long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            read += length;
            return length;
        }
    }
}
