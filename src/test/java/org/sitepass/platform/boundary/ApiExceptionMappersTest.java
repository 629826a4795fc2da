package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiExceptionMappersTest {

    @Test
    void aKeyTakenOrAVersionChangedByAnotherRequestIsAConflict() {
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry")));
        assertTrue(ApiExceptionMappers.concurrentChange(new IllegalStateException(atCommit)));
        assertTrue(ApiExceptionMappers.concurrentChange(new OptimisticLockException("changed")));
        assertFalse(ApiExceptionMappers.concurrentChange(new PersistenceException(new SQLException("gone away"))));
        assertFalse(ApiExceptionMappers.concurrentChange(new IllegalStateException()));
    }

    @Test
    void aConflictTellsThePersonToLookAgain() {
        JsonObject problem = ApiExceptionMappers.concurrentChangeProblem(Locale.SIMPLIFIED_CHINESE).toJson();
        assertEquals(409, problem.getInt("status"));
        assertEquals(ApiExceptionMappers.CONCURRENT_CHANGE, problem.getString("type"));
        assertTrue(problem.getString("detail").contains("刷新"), problem.toString());
    }
}
