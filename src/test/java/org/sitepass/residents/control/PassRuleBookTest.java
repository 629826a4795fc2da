package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.transaction.Transactional;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.entity.PassRules;

/** The refresh on the scheduler reads in a transaction ({@link org.sitepass.platform.PeriodicTask} says why). */
class PassRuleBookTest {

    @Test
    void theRefreshReadsInATransaction() throws NoSuchMethodException {
        Transactional declared = PassRuleBook.class.getMethod("reload").getAnnotation(Transactional.class);

        assertEquals(Transactional.TxType.REQUIRED, declared.value());
    }

    @Test
    void theScheduledRefreshGoesThroughTheProxy() {
        List<Runnable> scheduled = new ArrayList<>();
        AtomicInteger throughProxy = new AtomicInteger();
        PassRuleBook book = new PassRuleBook();
        book.refresh = Duration.ofSeconds(30);
        book.executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    scheduled.add((Runnable) args[0]);
                    return null;
                });
        book.self = new PassRuleBook() {
            @Override
            public PassRules reload() {
                throughProxy.incrementAndGet();
                return null;
            }
        };

        book.start(null);
        scheduled.get(0).run();

        assertEquals(1, throughProxy.get());
    }
}
