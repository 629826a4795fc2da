package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class IncidentsTest {

    @Test
    void theLogNamesExceptionsButNeverRepeatsTheirMessages() {
        Exception failure = new IllegalStateException("could not save",
                new SQLIntegrityConstraintViolationException("Duplicate entry '310101199001011234' for key"));
        String logged = Incidents.describe(failure);
        assertTrue(logged.startsWith(
                "java.lang.IllegalStateException <- java.sql.SQLIntegrityConstraintViolationException"));
        assertTrue(logged.contains("\tat "));
        assertFalse(logged.contains("310101199001011234"));
        assertFalse(logged.contains("could not save"));
    }
}
