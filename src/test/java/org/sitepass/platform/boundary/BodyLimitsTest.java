package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.container.ResourceInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.RequestRefused;

/** Every body is counted as it is read and refused once over its limit, 64 KB unless the resource declares more. */
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
                () -> BodyLimits.within(2L * MEGABYTE, String.valueOf(2 * MEGABYTE + 1), UNTOUCHED));
        assertEquals(413, refused.status());
        assertEquals("urn:sitepass:problem:body-too-large", refused.type());
        assertEquals("problem.413.detail", refused.detail().key());
        assertEquals(List.of("2 MB"), List.of(refused.detail().arguments()));
        assertEquals("提交的内容过大：最多 2 MB。", refused.detail().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        byte[] atLimit = new byte[MEGABYTE];
        atLimit[MEGABYTE - 1] = 7;
        assertArrayEquals(atLimit, BodyLimits.within(MEGABYTE, String.valueOf(MEGABYTE),
                new ByteArrayInputStream(atLimit)).readAllBytes());
        assertArrayEquals(atLimit, BodyLimits.within(MEGABYTE, null, new ByteArrayInputStream(atLimit))
                .readAllBytes());
    }

    @Test
    void anUndeclaredLengthIsCountedAndRefusedOneByteOverTheLimit() {
        Endless endless = new Endless();
        InputStream body = BodyLimits.within(BodyLimits.DEFAULT_BYTES, null, endless);
        RequestRefused refused = assertThrows(RequestRefused.class, body::readAllBytes);
        assertEquals(413, refused.status());
        assertEquals("The request is too large: at most 64 KB.", refused.detail().in(Locale.ENGLISH));
        assertEquals(BodyLimits.DEFAULT_BYTES + 1, endless.read, "no more is read than it takes to tell");
    }

    @Test
    void aLengthThatLiesIsCaughtByTheCount() {
        InputStream body = BodyLimits.within(1024, "10", new Endless());
        assertThrows(RequestRefused.class, () -> {
            while (body.read() >= 0) {
                // reads byte by byte until refused
            }
        });
    }

    @Test
    void theLimitIsTheMethodsThenTheClassesThenSixtyFourKilobytes() throws Exception {
        assertEquals(3L * MEGABYTE, BodyLimits.limitOf(info(Large.class, "declared")));
        assertEquals(2L * MEGABYTE, BodyLimits.limitOf(info(Large.class, "inherited")));
        assertEquals(64 * 1024, BodyLimits.limitOf(info(Plain.class, "plain")));
    }

    private static ResourceInfo info(Class<?> type, String method) throws NoSuchMethodException {
        Method resourceMethod = type.getDeclaredMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return resourceMethod;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @BodyLimit(megabytes = 2)
    static class Large {

        @BodyLimit(megabytes = 3)
        void declared() {
        }

        void inherited() {
        }
    }

    static class Plain {

        void plain() {
        }
    }

    /** Zeros without end, counting what was taken. */
    private static final class Endless extends InputStream {

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
