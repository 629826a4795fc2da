package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.RulePeriod;
import org.sitepass.residents.RuleSheet;
import org.sitepass.residents.VenueContext;

/**
 * Signs the pass rules a door will need while offline: the periods from now to {@code sitepass.residents.rule-sheet-validity}
 * ahead (a day by default: a device refreshes well before, and a rule takes effect at a time set ahead, so a
 * scheduled change is already on the sheet a door holds).
 */
@ApplicationScoped
public class RuleSheets {

    static final String PREFIX = "PR1";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    CodeKeys keys;

    @Inject
    PassRuleBook book;

    @Inject
    @ConfigProperty(name = "sitepass.residents.rule-sheet-validity", defaultValue = "PT24H")
    Duration validity;

    public RuleSheet sheet(VenueContext venue, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = issuedAt.plus(validity);
        List<RulePeriod> periods = book.rules().between(venue, issuedAt, validUntil);
        return new RuleSheet(sign(keys.keys(), content(venue, issuedAt, validUntil, periods)), venue, issuedAt,
                validUntil, periods);
    }

    static String sign(SignatureKeys keys, JsonObject content) {
        String signed = PREFIX + "." + BASE64URL.encodeToString(content.toString().getBytes(StandardCharsets.UTF_8))
                + "." + keys.activeKeyId();
        return signed + "." + BASE64URL.encodeToString(keys.sign(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    static JsonObject content(VenueContext venue, Instant issuedAt, Instant validUntil, List<RulePeriod> periods) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("district", venue.districtCode());
        if (venue.categoryCode() != null) {
            json.add("category", venue.categoryCode());
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        periods.forEach(period -> list.add(period(period)));
        return json.add("issuedAt", issuedAt.toString()).add("validUntil", validUntil.toString())
                .add("periods", list).build();
    }

    private static JsonObjectBuilder period(RulePeriod period) {
        EffectiveRule rule = period.rule();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        rule.acceptedColours().forEach(colour -> colours.add(colour.name()));
        JsonObjectBuilder json = Json.createObjectBuilder().add("from", period.from().toString())
                .add("until", period.until().toString())
                .add("maxTemperature", rule.maxTemperature())
                .add("acceptedColours", colours)
                .add("antigenCounts", rule.antigenCounts())
                .add("minimumDoses", rule.minimumDoses())
                .add("relativeCodesAccepted", rule.relativeCodesAccepted())
                .add("otherRegionCodesAccepted", rule.otherRegionCodesAccepted());
        if (rule.natRequired()) {
            json.add("natWithinHours", rule.natWithinHours().intValue());
        }
        return json;
    }
}
