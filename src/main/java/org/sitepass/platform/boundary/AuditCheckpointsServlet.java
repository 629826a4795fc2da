package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sitepass.platform.Download;
import org.sitepass.platform.Roles;
import org.sitepass.platform.control.AuditReview;

/** The audit page's download of the checkpoints: the same JSON as {@code GET /api/v1/audit/checkpoints}. */
@WebServlet("/platform/audit/checkpoints.json")
public class AuditCheckpointsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Made once: building a Jsonb scans the class path for its provider. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    transient AuditReview review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Roles.AUDITOR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String json = JSON.toJson(AuditCheckpointsResource.Checkpoint.all(review.exportCheckpoints()));
        Download.attachment("application/json;charset=UTF-8", "sitepass-audit-checkpoints.json").applyTo(response);
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
