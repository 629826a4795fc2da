package org.sitepass.platform.boundary;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.RequestRefused;

/**
 * Enforces {@link BodyLimit} before the body reaches its reader. The binding is by the annotation alone, so the
 * limit given here means nothing: the one that counts is on the resource method or its class.
 */
@Provider
@BodyLimit(megabytes = 0)
public class BodyLimits implements ReaderInterceptor {

    private static final long MEGABYTE = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        BodyLimit limit = resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        context.setInputStream(within(limit.megabytes(), context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH),
                context.getInputStream()));
        return context.proceed();
    }

    /**
     * The body if it is within the limit. A declared length is trusted, since the server reads no more than it;
     * without one (a chunked body), at most one byte more than the limit is read to tell.
     *
     * @throws RequestRefused 413 when the body is larger
     */
    static InputStream within(int megabytes, String contentLength, InputStream body) throws IOException {
        long limit = megabytes * MEGABYTE;
        if (contentLength != null) {
            if (Long.parseLong(contentLength.trim()) > limit) {
                throw RequestRefused.tooLarge(megabytes);
            }
            return body;
        }
        byte[] read = body.readNBytes(Math.toIntExact(limit + 1));
        if (read.length > limit) {
            throw RequestRefused.tooLarge(megabytes);
        }
        return new ByteArrayInputStream(read);
    }
}
