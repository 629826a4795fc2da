package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keycloak's answers as the admin client reads them: whatever it cannot read is Keycloak failing, not a bug. */
class DeviceClientsTest {

    @Test
    void aWellFormedAnswerIsRead() {
        assertEquals("s3cret", DeviceClients.read("{\"value\":\"s3cret\"}", j -> j.asJsonObject().getString("value")));
    }

    @Test
    void anAnswerThatIsNotJsonIsKeycloakFailing() {
        assertUnreadable("<html>Bad Gateway</html>");
    }

    @Test
    void anAnswerOfAnotherShapeIsKeycloakFailing() {
        assertUnreadable("[]");
    }

    @Test
    void anAnswerWithoutTheKeyIsKeycloakFailing() {
        assertUnreadable("{}");
        assertUnreadable("{\"value\":null}");
    }

    private static void assertUnreadable(String body) {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> DeviceClients.read(body, j -> j.asJsonObject().getString("value")));
        assertFalse(failed.getMessage().contains(body), "Keycloak's answers are not echoed");
    }
}
