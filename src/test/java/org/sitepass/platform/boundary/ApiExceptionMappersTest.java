package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiExceptionMappersTest {

    @Test
    void aConflictTellsThePersonToLookAgain() {
        JsonObject problem = ApiExceptionMappers.concurrentChangeProblem(Locale.SIMPLIFIED_CHINESE).toJson();
        assertEquals(409, problem.getInt("status"));
        assertEquals(ApiExceptionMappers.CONCURRENT_CHANGE, problem.getString("type"));
        assertTrue(problem.getString("detail").contains("刷新"), problem.toString());
    }
}
