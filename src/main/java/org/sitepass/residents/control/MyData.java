package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.AuditedAction;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.Binding;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.Hold;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.Vaccination;

/**
 * What SitePass holds about the caller's own resident, opened for their eyes only, and every entry of the audit
 * trail about them by anyone else: the officials' reads with their purposes, holds placed, decisions taken.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyData {

    /** The audit trail's object type of entries about a resident, whose id is the opaque reference. */

    @PersistenceContext
    EntityManager em;

    @Inject
    Bindings bindings;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    /** Everything held about me, with the first page of officials' actions; empty when the account is not bound. */
    public Optional<MyDataView> of(Caller resident, int readsSize) {
        return me(resident).map(me -> {
            long id = me.id();
            Page<AuditedAction> latestReads = reads(resident, me, 0, readsSize);
            return new MyDataView(me.documentType().code(), registry.maskedNumber(me), registry.nameOf(me),
                    registry.maskedMobile(me).orElse(null), me.districtCode(), me.birthDate().orElse(null),
                    me.isDisabled(),
                    of(ColourChange.class, id, "effectiveAt").stream().map(c -> new MyDataView.ColourEntry(c.id(),
                            c.colour(), c.reasonCode(), open(c.reasonSealed(), ResidentsSealedColumns.COLOUR_REASON),
                            c.effectiveAt(), c.sourceVersion().source())).toList(),
                    of(NatTest.class, id, "sampledAt").stream().map(t -> new MyDataView.NatEntry(t.id(),
                            t.sampledAt(), t.resultedAt(), t.result(),
                            open(t.institutionSealed(), ResidentsSealedColumns.NAT_INSTITUTION), t.isVoid())).toList(),
                    of(AntigenTest.class, id, "testedAt").stream()
                            .map(t -> new MyDataView.AntigenEntry(t.testedAt(), t.result())).toList(),
                    of(Vaccination.class, id, "vaccinatedAt").stream().map(v -> new MyDataView.DoseEntry(
                            v.doseNumber(), v.vaccinatedAt(), v.product())).toList(),
                    of(Hold.class, id, "placedAt").stream().map(h -> new MyDataView.HoldEntry(h.colour(),
                            open(h.reasonSealed(), ResidentsSealedColumns.HOLD_REASON), h.placedAt(), h.isOpen()))
                            .toList(),
                    of(Binding.class, id, "boundAt").stream().map(BindingRecord::of).toList(),
                    latestReads.items(), latestReads.total());
        });
    }

    /** A page of the entries about me by anyone but me, newest first. */
    public Optional<Page<AuditedAction>> reads(Caller resident, int page, int size) {
        return me(resident).map(me -> reads(resident, me, page, size));
    }

    private Page<AuditedAction> reads(Caller resident, Resident me, int page, int size) {
        String reference = me.reference().value();
        return new Page<>(auditTrail.about(ResidentRegistry.AUDIT_OBJECT, reference, resident.name(), page * size,
                size),
                auditTrail.countAbout(ResidentRegistry.AUDIT_OBJECT, reference, resident.name()), page, size);
    }

    private Optional<Resident> me(Caller resident) {
        resident.require(Roles.RESIDENT);
        return bindings.residentOf(resident.name());
    }

    /** A resident's records of one kind, newest first (each entity names its time field). */
    private <T> List<T> of(Class<T> kind, long residentId, String timeField) {
        return em.createQuery("SELECT r FROM " + kind.getSimpleName() + " r WHERE r.residentId = :resident"
                        + " ORDER BY r." + timeField + " DESC", kind)
                .setParameter("resident", residentId).getResultList();
    }

    private String open(String sealed, String column) {
        return personalData.openIfPresent(sealed, column);
    }
}
