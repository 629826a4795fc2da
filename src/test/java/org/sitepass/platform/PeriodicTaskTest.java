package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;
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

    @Test
    void aTaskRunsFromStartUpAtItsConfiguredIntervalUntilItIsDestroyed() {
        Sweep sweep = new Sweep(Optional.of(Duration.ofMinutes(10)));

        sweep.start(null);

        assertEquals(60_000L, sweep.scheduled.get(0)[1]);
        assertEquals(600_000L, sweep.scheduled.get(0)[2]);
        ((Runnable) sweep.scheduled.get(0)[0]).run();
        assertEquals(1, sweep.runs.get());
        sweep.stop();
        assertTrue(sweep.cancelled.get());
    }

    @Test
    void withoutItsSettingATaskRunsAtItsDefaultInterval() {
        Sweep sweep = new Sweep(Optional.empty());

        sweep.start(null);

        assertEquals(Duration.ofDays(1).toMillis(), sweep.scheduled.get(0)[2]);
    }

    /** What the container calls: a task that is never started or never stopped keeps nothing of the above. */
    @Test
    void theContainerStartsATaskWithTheApplicationAndStopsItWithTheBean() throws NoSuchMethodException {
        Parameter started = PeriodicTask.class.getDeclaredMethod("start", Object.class).getParameters()[0];

        assertTrue(started.isAnnotationPresent(Observes.class));
        assertEquals(ApplicationScoped.class, started.getAnnotation(Initialized.class).value());
        assertTrue(PeriodicTask.class.getDeclaredMethod("stop").isAnnotationPresent(PreDestroy.class));
    }

    /** A task on a scheduler that only notes what it was asked, configured with {@code interval} or not at all. */
    private static final class Sweep extends PeriodicTask {

        final List<Object[]> scheduled = new ArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicInteger runs = new AtomicInteger();

        Sweep(Optional<Duration> interval) {
            super("test sweep", "sitepass.test.sweep-interval", Duration.ofDays(1));
            ScheduledFuture<?> future = (ScheduledFuture<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ScheduledFuture.class}, (proxy, method, args) -> cancelled.getAndSet(true));
            executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                        scheduled.add(args);
                        return future;
                    });
            config = (Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Config.class},
                    (proxy, method, args) -> "sitepass.test.sweep-interval".equals(args[0]) ? interval
                            : Optional.empty());
        }

        @Override
        protected void run() {
            runs.incrementAndGet();
        }
    }
}
