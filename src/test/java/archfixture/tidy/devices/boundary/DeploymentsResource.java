package archfixture.tidy.devices.boundary;

import archfixture.tidy.devices.control.Deployments;
import jakarta.ws.rs.core.Response;

/** Fixture: the boundary calls down into control and speaks HTTP. */
public class DeploymentsResource {

    public Response deploy() {
        return Response.ok(new Deployments().deployment()).build();
    }
}
