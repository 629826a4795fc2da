package org.sitepass.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;

/**
 * Test-only door to the residents facade's notices, added to the WAR by {@code HealthCodeIT} alone: places the posted
 * notice ({@code {"resident", "kind", "text", "placedFor", "placedBy"}}) as another module would, or withdraws the
 * notices placed for {@code placedFor} when {@code "withdraw": true}. Answers 204.
 */
@WebServlet("/api/testing/notices")
public class NoticesProbe extends HttpServlet {

    @Inject
    Residents residents;

    /** Another module places notices after its request, so the probe does too: a request acts in its caller's name. */
    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            body = reader.readObject();
        }
        try {
            executor.submit(() -> act(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void act(JsonObject body) {
        if (body.getBoolean("withdraw", false)) {
            long after = 0;
            do {
                after = residents.withdrawNotices(body.getString("placedFor"), body.getString("placedBy"), after, 100);
            } while (after > 0);
        } else {
            residents.notify(new NoticeRequest(new ResidentRef(body.getString("resident")), body.getString("kind"),
                    body.getString("text"), body.getString("placedFor"), body.getString("placedBy")));
        }
    }
}
