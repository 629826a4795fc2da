package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.Sentry;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.Credential;
import org.sitepass.residents.CredentialCheck;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;

class EntryChecksTest {

    private static final Sentry SENTRY = new Sentry(3, 5, "310109", "MARKET", "东门", 120L);

    private final List<Instant> resolvedAt = new ArrayList<>();
    private final List<PassEntry> recorded = new ArrayList<>();
    private final EntryChecks checks = new EntryChecks();

    {
        checks.residents = new Residents() {
            @Override
            public CredentialCheck resolve(Credential credential, Instant now) {
                resolvedAt.add(now);
                return new CredentialCheck(CredentialType.HEALTH_CODE, new ResidentRef("AAAAAAAAAAAAAAAAAAAAAA"),
                        null);
            }
        };
        checks.personalData = new PersonalData() {
            @Override
            public String blindIndex(String normalisedValue, String kind) {
                return "ab".repeat(32);
            }
        };
        checks.validator = (Validator) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Validator.class}, (self, method, args) -> Set.of());
        checks.ledger = new PassLedger() {
            @Override
            public List<Receipt> appendAll(List<PassEntry> entries, List<CheckKey> keys) {
                recorded.addAll(entries);
                return entries.stream().map(e -> Receipt.stored(null)).toList();
            }
        };
    }

    /** A health code lives a minute; an offline check comes hours later, and still speaks for its person. */
    @Test
    void anOfflineCheckReadsItsCredentialAtTheDevicesTime() {
        Instant scanned = CityTime.now().minus(Duration.ofHours(3));
        OfflineCheckForm form = new OfflineCheckForm();
        form.setSequence(100L);
        form.setDeviceClock(scanned.toString());
        form.setPayload("HC1.scanned-three-hours-ago");
        form.setOutcome("PASS");
        checks.upload(SENTRY, List.of(form), Locale.ROOT);
        assertEquals(List.of(scanned), resolvedAt);
        assertEquals(scanned, recorded.get(0).deviceTime());
    }
}
