package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/** Whose name an entry carries: the request's caller within a request, the actor named only outside one. */
class ActorAuditTest {

    private static final AuditRecord READ = new AuditRecord("RESIDENT_NOTICE_PLACED", "resident",
            "abcdefghijklmnopqrstuv", "EX-20261204-17", AuditOutcome.SUCCESS);

    private final List<String> entries = new ArrayList<>();
    private final ActorAudit audit = new ActorAudit();
    private Caller requestCaller;

    ActorAuditTest() {
        audit.auditTrail = new AuditTrail() {
            @Override
            public void record(Caller caller, String clientAddress, AuditRecord record) {
                entries.add(caller.name() + " " + caller.roles() + " " + clientAddress);
            }
        };
        audit.currentCaller = new CurrentCaller() {
            @Override
            public Caller get() {
                if (requestCaller == null) {
                    throw new ContextNotActiveException("no request");
                }
                return requestCaller;
            }

            @Override
            public String clientAddress() {
                return "10.0.0.7";
            }
        };
    }

    @Test
    void outsideARequestTheEntryNamesTheActor() {
        audit.record("tracer1", READ);
        assertEquals(List.of("tracer1 [] " + ActorAudit.NO_ADDRESS), entries);
    }

    @Test
    void withinARequestTheEntryIsTheCallersWithTheirRolesAndAddress() {
        requestCaller = new Caller("tracer1", Set.of(Roles.TRACER), null);
        audit.record("tracer1", READ);
        assertEquals(List.of("tracer1 [" + Roles.TRACER + "] 10.0.0.7"), entries);
    }

    @Test
    void aRequestCannotActInAnotherName() {
        requestCaller = new Caller("officer1", Set.of(Roles.OFFICER), "310109");
        assertThrows(IllegalStateException.class, () -> audit.record("tracer1", READ));
        requestCaller = Caller.anonymous();
        assertThrows(IllegalStateException.class, () -> audit.record("tracer1", READ));
        assertEquals(List.of(), entries, "no entry in someone else's name");
    }
}
