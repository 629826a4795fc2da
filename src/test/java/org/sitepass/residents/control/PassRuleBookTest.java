package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

class PassRuleBookTest {

    /** Through the bean's proxy, the refresh on the scheduler reads in a transaction (PeriodicTask says why). */
    @Test
    void theRefreshReadsInATransaction() throws NoSuchMethodException {
        Transactional declared = PassRuleBook.class.getMethod("reload").getAnnotation(Transactional.class);

        assertEquals(Transactional.TxType.REQUIRED, declared.value());
    }
}
