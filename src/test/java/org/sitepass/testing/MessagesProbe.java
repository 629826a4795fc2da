package org.sitepass.testing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.sitepass.platform.Messages;
import org.sitepass.platform.OutgoingMessage;

/**
 * Test-only door to {@link Messages}, added to the WAR by {@code MessagesIT} alone: sends the posted message
 * ({@code {"to", "text", "kind", "transaction": "commit" | "rollback" | "none"}}) in a transaction that it then
 * commits or rolls back, or outside any. Answers 204, or 409 when the facade refused.
 */
@WebServlet("/api/testing/messages")
public class MessagesProbe extends HttpServlet {

    @Inject
    Messages messages;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            body = reader.readObject();
        }
        OutgoingMessage message = OutgoingMessage.sms(body.getString("kind"), body.getString("to"),
                body.getString("text"));
        String outcome = body.getString("transaction");
        try {
            if ("none".equals(outcome)) {
                messages.send(message);
            } else {
                transaction.begin();
                messages.send(message);
                if ("commit".equals(outcome)) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (Exception refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
    }
}
