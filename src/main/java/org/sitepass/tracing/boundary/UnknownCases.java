package org.sitepass.tracing.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.sitepass.tracing.control.UnknownCase;

/** An unknown case or visit is answered as any unknown resource is: the platform's 404 problem. */
@Provider
public class UnknownCases implements ExceptionMapper<UnknownCase> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(UnknownCase exception) {
        return providers.getExceptionMapper(NotFoundException.class).toResponse(new NotFoundException());
    }
}
