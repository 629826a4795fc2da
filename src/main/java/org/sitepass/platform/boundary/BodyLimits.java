package org.sitepass.platform.boundary;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.RequestRefused;

/**
 * Holds every request body the API reads to 64 KB, or to the {@link BodyLimit} of its resource method or class. The
 * bytes are counted as the reader takes them, so a chunked body without a declared length is stopped too, and never
 * more than the limit is held in memory.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {

    /** Any JSON form of the API fits many times over; a site code to verify is well under 1 KB. */
    static final long DEFAULT_BYTES = 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limitOf(resource);
        Counted body = within(limit, context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH),
                context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (RuntimeException | IOException e) {
            // A reader may wrap the refusal in its own failure (a JSON parser's, say); the count tells what it was.
            if (body.exceeded) {
                throw RequestRefused.tooLarge(limit);
            }
            throw e;
        }
    }

    static long limitOf(ResourceInfo resource) {
        BodyLimit limit = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (limit == null && resource.getResourceClass() != null) {
            limit = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        return limit == null ? DEFAULT_BYTES : limit.megabytes() * MEGABYTE;
    }

    /**
     * The body, counted as it is read.
     *
     * @throws RequestRefused 413 at once for a declared length over the limit, else once more than it was read
     */
    static Counted within(long limit, String contentLength, InputStream body) {
        if (contentLength != null && Long.parseLong(contentLength.trim()) > limit) {
            throw RequestRefused.tooLarge(limit);
        }
        return new Counted(body, limit);
    }

    /** A body that refuses to give more than its limit: one byte over is enough to tell. */
    static final class Counted extends FilterInputStream {

        private final long limit;
        private long read;
        private boolean exceeded;

        Counted(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            // At most one byte past the limit is asked for, so no more than that is ever taken from the client.
            int asked = (int) Math.min(length, Math.max(1, limit - read + 1));
            int got = super.read(bytes, offset, asked);
            if (got > 0) {
                count(got);
            }
            return got;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > limit) {
                exceeded = true;
                throw RequestRefused.tooLarge(limit);
            }
        }
    }
}
