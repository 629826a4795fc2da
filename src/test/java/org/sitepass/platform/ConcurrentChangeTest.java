package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

    @Test
    void aKeyTakenAVersionChangedOrADeadlockWithAnotherRequestIsAConcurrentChange() {
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry")));
        assertTrue(ConcurrentChange.among(new IllegalStateException(atCommit)));
        assertTrue(ConcurrentChange.among(new OptimisticLockException("changed")));
        assertTrue(ConcurrentChange.among(new PersistenceException(new SQLTransactionRollbackException("Deadlock"))));
        assertFalse(ConcurrentChange.among(new PersistenceException(new SQLException("gone away"))));
        assertFalse(ConcurrentChange.among(new IllegalStateException()));
    }
}
