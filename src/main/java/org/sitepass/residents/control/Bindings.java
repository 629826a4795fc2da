package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.Binding;
import org.sitepass.residents.entity.Resident;

/** Which resident a SitePass account speaks for: the "me" of every resident page and API. */
@ApplicationScoped
public class Bindings {

    @PersistenceContext
    EntityManager em;

    /** The binding in force for an account (the caller's name), if it has one. */
    public Optional<Binding> inForce(String account) {
        return em.createQuery("SELECT b FROM Binding b WHERE b.account = :account AND b.undoneAt IS NULL",
                        Binding.class)
                .setParameter("account", account)
                .getResultStream().findFirst();
    }

    /**
     * The resident the caller's account speaks for: what every "my" page and API starts from.
     *
     * @throws org.sitepass.platform.RequestRefused 409 {@code binding-state}, telling the person to bind first
     */
    public Resident me(Caller caller) {
        caller.require(Roles.RESIDENT);
        return residentOf(caller.name()).orElseThrow(Bindings::notBound);
    }

    /** The refusal of whatever needs a bound account, for callers that found none. */
    public static RequestRefused notBound() {
        return ResidentsTexts.conflict("binding", "residents.binding.refused.notBound");
    }

    /** The resident an account is bound to, if it is bound. */
    public Optional<Resident> residentOf(String account) {
        return inForce(account).map(binding -> em.find(Resident.class, binding.residentId()));
    }
}
