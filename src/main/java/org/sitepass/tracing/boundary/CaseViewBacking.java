package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Identity;
import org.sitepass.residents.TestRecord;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.CaseReveals;
import org.sitepass.tracing.control.CaseTraces;
import org.sitepass.tracing.control.CaseView;
import org.sitepass.tracing.control.CaseVisits;
import org.sitepass.tracing.control.Cases;
import org.sitepass.tracing.control.CoVisitors;
import org.sitepass.tracing.control.PersonLookupForm;
import org.sitepass.tracing.control.UnknownCase;
import org.sitepass.tracing.entity.CaseStatus;

/**
 * Backs {@code /tracing/cases/view.xhtml?id=}: the case, its visits (looked up, and audited, as the page opens) and,
 * for the visit the tracer picks, its co-visitors (a lookup of its own); a person's identity or tests, each read with
 * a reason in a dialog.
 */
@Named
@ViewScoped
public class CaseViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LOOKUP_FORM = "person-lookup";

    @Inject
    transient Cases cases;

    @Inject
    transient CaseTraces traces;

    @Inject
    transient CaseReveals reveals;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId address = new AddressId();
    private CaseView tracingCase;
    private CaseVisits visits;
    private CoVisitors coVisitors;
    private final PersonLookupForm lookup = new PersonLookupForm();
    private String lookupName;
    private transient Identity identity;
    private transient List<TestRecord> tests;

    public void load() throws IOException {
        try {
            if (address.get() == null) {
                throw new UnknownCase(0);
            }
            tracingCase = cases.view(cases.find(caller.get(), address.get()));
            visits = traces.visits(caller.get(), address.get());
        } catch (UnknownCase unknown) {
            PageRequest.notFound();
        }
    }

    public void showCoVisitors(String visit) {
        try {
            coVisitors = traces.coVisitors(caller.get(), tracingCase.id(), visit, null, null);
        } catch (UnknownCase gone) {
            coVisitors = null;
            messages.warn(TracingTexts.text("tracing.cases.visitGone"));
        }
    }

    public void close() {
        try {
            tracingCase = cases.view(cases.close(caller.get(), tracingCase.id()));
            messages.confirm(TracingTexts.text("tracing.cases.closed", tracingCase.reference()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** Opens the dialog for one person, by reference and masked name; nothing of theirs is read yet. */
    public void choose(String person, String maskedName) {
        lookup.setPerson(person);
        lookup.setReason(null);
        lookupName = maskedName;
        forget();
    }

    public void reveal() {
        attempt(() -> identity = reveals.reveal(caller.get(), tracingCase.id(), lookup));
    }

    public void lookUpTests() {
        attempt(() -> tests = reveals.tests(caller.get(), tracingCase.id(), lookup));
    }

    /** What was read leaves the page's state as the dialog closes. */
    public void forget() {
        identity = null;
        tests = null;
    }

    private void attempt(Runnable read) {
        try {
            read.run();
        } catch (InvalidInput e) {
            messages.show(LOOKUP_FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public boolean isOpen() {
        return tracingCase != null && tracingCase.status() == CaseStatus.OPEN;
    }

    public AddressId getAddress() {
        return address;
    }

    public CaseView getCase() {
        return tracingCase;
    }

    public CaseVisits getVisits() {
        return visits;
    }

    public CoVisitors getCoVisitors() {
        return coVisitors;
    }

    public PersonLookupForm getLookup() {
        return lookup;
    }

    public String getLookupName() {
        return lookupName;
    }

    public Identity getIdentity() {
        return identity;
    }

    public List<TestRecord> getTests() {
        return tests;
    }
}
