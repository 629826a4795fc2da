package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    @Test
    void aFailedRunDoesNotEscapeSoTheScheduleGoesOn() {
        List<Object[]> scheduled = new ArrayList<>();
        ManagedScheduledExecutorService executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    scheduled.add(args);
                    return null;
                });
        PeriodicTask.schedule(executor, Duration.ofSeconds(5), Duration.ofHours(1), "test job", () -> {
            throw new IllegalStateException("database away");
        });
        assertEquals(5_000L, scheduled.get(0)[1]);
        assertEquals(3_600_000L, scheduled.get(0)[2]);
        assertDoesNotThrow(() -> ((Runnable) scheduled.get(0)[0]).run());
    }

    @Test
    void theFirstRunComesAfterOneIntervalButAfterAMinuteAtTheLatest() {
        assertEquals(Duration.ofSeconds(2), PeriodicTask.soon(Duration.ofSeconds(2)));
        assertEquals(Duration.ofMinutes(1), PeriodicTask.soon(Duration.ofDays(1)));
    }
}
