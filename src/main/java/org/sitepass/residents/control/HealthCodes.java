package org.sitepass.residents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.Caller;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HealthFacts;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.Hold;
import org.sitepass.residents.entity.RelativeLink;
import org.sitepass.residents.entity.Resident;

/**
 * Makes the codes a resident's phone shows: their own health code and, through a link, a relative's. Each is made
 * afresh on every request, so that what a screenshot shows is useless a window later
 * ({@code SITEPASS_RESIDENTS_CODE_VALIDITY}, 60 seconds by default).
 */
@ApplicationScoped
public class HealthCodes {

    @Inject
    CodeKeys keys;

    @Inject
    @ConfigProperty(name = "sitepass.residents.code-validity", defaultValue = "PT60S")
    Duration validity;

    @Inject
    Bindings bindings;

    @Inject
    HealthRecords records;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    Notices notices;

    private DynamicCodes codes;

    @PostConstruct
    void makeCodes() {
        codes = new DynamicCodes(keys.keys(), validity);
    }

    public DynamicCodes codes() {
        return codes;
    }

    /** The caller's own health code. */
    public CodeCard mine(Caller caller, Instant now) {
        Resident me = bindings.me(caller);
        return card(me, DynamicCodes.Kind.HEALTH, codes.health(me.reference(), now), now);
    }

    /** A relative's code, made under an active link; the caller must have checked that the link is theirs. */
    public CodeCard relative(RelativeLink link, Instant now) {
        RequestRefused.unless(link.isActive(),
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.notActive"));
        Resident relative = registry.byId(link.relativeId()).orElseThrow();
        return card(relative, DynamicCodes.Kind.RELATIVE,
                codes.relative(relative.reference(), link.reference().value(), now), now);
    }

    private CodeCard card(Resident resident, DynamicCodes.Kind kind, String payload, Instant now) {
        HealthFacts facts = records.factsOf(resident, now);
        Colour colour = facts.colour();
        return new CodeCard(kind, payload, Instant.ofEpochSecond(now.getEpochSecond()), codes.expiresAt(now),
                colour, registry.maskedName(resident), facts.natSampledAt(), facts.natResult(),
                facts.vaccinationDoses(), colour == Colour.GREEN ? null : reason(resident, facts, now).orElse(null),
                notices.activeOf(resident.id()).stream()
                        .map(notice -> new NoticeEntry(notice.kind(), notices.textOf(notice), notice.writtenAt()))
                        .toList());
    }

    /**
     * The reason of whatever makes the code its colour: a hold at least as strict as the feed's colour (the
     * latest such), else the feed's colour change.
     */
    private Optional<String> reason(Resident resident, HealthFacts facts, Instant now) {
        if (facts.holdColour() != null && facts.holdColour().stricter(facts.feedColour()) == facts.holdColour()) {
            return records.openHolds(resident.id()).stream()
                    .filter(hold -> hold.colour() == facts.holdColour())
                    .max(Comparator.comparing(Hold::placedAt))
                    .map(hold -> personalData.open(hold.reasonSealed(), ResidentsSealedColumns.HOLD_REASON));
        }
        return records.colourChange(resident.id(), now).map(ColourChange::reasonSealed)
                .map(sealed -> personalData.open(sealed, ResidentsSealedColumns.COLOUR_REASON));
    }
}
