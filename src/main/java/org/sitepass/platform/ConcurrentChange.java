package org.sitepass.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

/**
 * Another request having changed the same thing at the same moment: a unique key taken between a check and an
 * insert, a version changed under an update, or two requests locking the same rows in turns that meet (the
 * database rolls one back). The database kept the rule; the caller only needs to look again, so the API answers 409
 * rather than report an incident, and a use case whose second look settles it may retry.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    /** Whether {@code failure}, or anything that caused it, is a concurrent change. */
    public static boolean among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLTransactionRollbackException
                    || cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
