package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.Devices;
import org.sitepass.devices.Sentry;
import org.sitepass.devices.SentryWithdrawn;
import org.sitepass.sites.SiteCodeRevoked;
import org.sitepass.sites.SiteCodeSuspended;

class SentriesTest {

    private static final Optional<String> CLIENT = Optional.of("sentry-sn1-abcd");
    private static final Optional<Instant> ISSUED = Optional.of(Instant.parse("2026-12-04T08:00:00Z"));

    private long nanos;
    private int asked;
    /** A fact that comes just as an answer is being kept: between looking whether one came and keeping it. */
    private Runnable whileKept = () -> { };
    private final Sentries sentries = new Sentries(() -> nanos, new ConcurrentHashMap<>() {
        @Override
        public Sentries.Kept put(String clientId, Sentries.Kept answer) {
            whileKept.run();
            return super.put(clientId, answer);
        }
    });

    {
        sentries.devices = new Devices() {
            @Override
            public Sentry sentry(Optional<String> clientId, Optional<Instant> issuedAt) {
                asked++;
                return new Sentry(3, 5, "310109", "MARKET", "东门", 120L);
            }
        };
    }

    @Test
    void aSentryIsAskedAboutOnceInHalfAMinute() {
        Sentry first = sentries.of(CLIENT, ISSUED);
        nanos += Sentries.KEPT_FOR.toNanos() - 1;
        assertSame(first, sentries.of(CLIENT, ISSUED));
        assertEquals(1, asked);
        nanos += 1;
        sentries.of(CLIENT, ISSUED);
        assertEquals(2, asked, "kept half a minute only");
    }

    @Test
    void anotherTokenOfTheSameClientIsAskedAbout() {
        sentries.of(CLIENT, ISSUED);
        sentries.of(CLIENT, Optional.of(ISSUED.orElseThrow().plusSeconds(3600)));
        sentries.of(CLIENT, ISSUED);
        assertEquals(3, asked, "a superseded token is refused by the devices module, not let through from here");
    }

    @Test
    void whatTakesASentryOutOfServiceIsForgottenAtOnce() {
        sentries.of(CLIENT, ISSUED);
        sentries.withdrawn(new SentryWithdrawn(List.of(4L)));
        sentries.of(CLIENT, ISSUED);
        assertEquals(1, asked, "another device's fact");
        sentries.withdrawn(new SentryWithdrawn(List.of(3L)));
        sentries.of(CLIENT, ISSUED);
        assertEquals(2, asked, "decommissioned, stopped or taken away");
        sentries.suspended(new SiteCodeSuspended(5, "310109-0000001-1", "310109", Instant.now()));
        sentries.of(CLIENT, ISSUED);
        assertEquals(3, asked, "its venue's code suspended");
        sentries.revoked(new SiteCodeRevoked(5, "310109-0000001-1", "310109", Instant.now()));
        sentries.of(CLIENT, ISSUED);
        assertEquals(4, asked, "its venue's code revoked");
    }

    @Test
    void aWithdrawalAsTheAnswerIsKeptIsNotMissed() {
        whileKept = () -> {
            whileKept = () -> { };
            sentries.withdrawn(new SentryWithdrawn(List.of(3L)));
        };
        sentries.of(CLIENT, ISSUED);
        sentries.of(CLIENT, ISSUED);
        assertEquals(2, asked, "the withdrawn sentry's answer was not kept");
    }
}
