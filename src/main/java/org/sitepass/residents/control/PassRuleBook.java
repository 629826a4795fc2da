package org.sitepass.residents.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.sitepass.platform.PeriodicTask;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.VenueContext;
import org.sitepass.residents.entity.PassRule;
import org.sitepass.residents.entity.PassRules;
import org.sitepass.residents.entity.RuleVersion;

/**
 * Every pass rule, held in memory: rules are few and change rarely, and a door asks for one with every person.
 * Reloaded when this instance saves a rule, and every {@code sitepass.residents.rules-refresh} (30 s by default)
 * for what other instances saved; a rule takes effect at a time chosen at least a moment ahead, so the refresh
 * rarely matters.
 */
@ApplicationScoped
public class PassRuleBook {

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "sitepass.residents.rules-refresh", defaultValue = "PT30S")
    Duration refresh;

    /** This bean's proxy: the scheduled reload goes through it, to run in a transaction ({@link #reload}). */
    @Inject
    PassRuleBook self;

    private volatile PassRules rules;
    private ScheduledFuture<?> reloads;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        reloads = PeriodicTask.schedule(executor, refresh, refresh, "pass rule refresh", () -> self.reload());
    }

    @PreDestroy
    void stop() {
        if (reloads != null) {
            reloads.cancel(false);
        }
    }

    /** The conditions in force at a venue at an instant. */
    public EffectiveRule inForce(VenueContext venue, Instant at) {
        return rules().at(venue, at);
    }

    public PassRules rules() {
        PassRules current = rules;
        return current == null ? reload() : current;
    }

    void saved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PassRuleSaved saved) {
        reload();
    }

    /**
     * Through the proxy, in a transaction, as a scheduled task's reads must be ({@link PeriodicTask}); a request's
     * own calls ({@link #rules}, {@link #saved}) go past the proxy and read without one, which a request may.
     */
    @Transactional
    public PassRules reload() {
        List<RuleVersion> all = em.createQuery("SELECT r FROM PassRule r", PassRule.class).getResultList().stream()
                .map(RuleVersion::of).toList();
        PassRules loaded = new PassRules(all);
        rules = loaded;
        return loaded;
    }
}
