package archfixture.webincontrol.sites.control;

import jakarta.ws.rs.core.Response;

/** Fixture: a use case that answers in HTTP terms instead of leaving that to the boundary. */
public class Reviews {

    public Response approve() {
        return Response.ok().build();
    }
}
