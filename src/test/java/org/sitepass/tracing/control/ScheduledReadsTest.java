package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the sweeps and the case purge read on the scheduler, they read in a transaction: outside one, Payara gave every
 * run after the first a closed entity manager ({@link org.sitepass.platform.PeriodicTask}).
 */
class ScheduledReadsTest {

    @Test
    void theSweepsAndThePurgeReadInATransaction() throws NoSuchMethodException {
        assertEquals(Transactional.TxType.REQUIRED, txType(ExposurePeopleSearch.class.getMethod("stillSearched")));
        assertEquals(Transactional.TxType.REQUIRED, txType(Exposures.class.getMethod("withPeopleWaiting")));
        assertEquals(Transactional.TxType.REQUIRED, txType(Exposures.class.getMethod("withNoticesToRevise")));
        assertEquals(Transactional.TxType.REQUIRED,
                txType(CaseRetention.class.getMethod("closedBefore", Instant.class)));
    }

    /** The method's own, else its class's; null for none. */
    static Transactional.TxType txType(Method method) {
        Transactional own = method.getAnnotation(Transactional.class);
        Transactional declared = own != null ? own : method.getDeclaringClass().getAnnotation(Transactional.class);
        return declared == null ? null : declared.value();
    }
}
