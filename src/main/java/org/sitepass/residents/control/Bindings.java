package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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

    /** The resident an account is bound to, if it is bound. */
    public Optional<Resident> residentOf(String account) {
        return inForce(account).map(binding -> em.find(Resident.class, binding.residentId()));
    }
}
