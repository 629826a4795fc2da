package org.sitepass.devices.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.control.Deployments;
import org.sitepass.devices.control.DeviceBatch;
import org.sitepass.devices.control.DeviceCredentials;
import org.sitepass.devices.control.DeviceForm;
import org.sitepass.devices.control.DeviceRegistry;
import org.sitepass.devices.control.DeviceView;
import org.sitepass.devices.control.IssuedCredentials;
import org.sitepass.devices.control.ProposalForm;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.ModelRef;
import org.sitepass.vendors.Vendors;

/**
 * Backs {@code /devices/fleet.xhtml}: the vendor registers devices (credentials shown once), proposes them for
 * venues, rotates credentials, decommissions, and sees the fleet.
 */
@Named
@ViewScoped
public class FleetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeviceRegistry registry;

    @Inject
    transient DeviceCredentials lifecycle;

    @Inject
    transient Deployments deployments;

    @Inject
    transient Vendors vendors;

    @Inject
    transient DeviceBatch batch;

    @Inject
    transient PageLanguage language;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private DeviceForm form = new DeviceForm();
    private ProposalForm proposal = new ProposalForm();
    private Long selected;
    private IssuedCredentials credentials;
    private DeviceBatch.Report report;
    private transient Part file;
    private List<DeviceView> proposable = List.of();
    private boolean hasCompany;
    private final PagedRows<DeviceView> fleet = new PagedRows<>(
            () -> hasCompany ? registry.countMine(caller.get()) : 0,
            (first, size) -> hasCompany ? registry.mine(caller.get(), first, size) : List.of(), DeviceView::id);

    /** The page shows device secrets: no browser or proxy may keep a copy. */
    public void noStore() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    @PostConstruct
    void load() {
        try {
            proposable = registry.proposable(caller.get());
            hasCompany = true;
        } catch (RequestRefused noCompany) {
            messages.show(noCompany);
        }
    }

    public void register() {
        act(() -> credentials = lifecycle.register(caller.get(), form), "register");
        form = credentials == null ? form : new DeviceForm();
    }

    public void rotate(long id) {
        act(() -> credentials = lifecycle.rotate(caller.get(), id).orElseThrow(), "rotate");
    }

    public void decommission(long id) {
        act(() -> lifecycle.decommission(caller.get(), id), "decommission");
    }

    public void propose() {
        if (selected != null) {
            act(() -> deployments.propose(caller.get(), selected, proposal).orElseThrow(), "propose");
        }
    }

    public void withdraw(long deploymentId) {
        act(() -> deployments.withdraw(caller.get(), deploymentId).orElseThrow(), "withdraw");
    }

    /** The secret of the last registration or rotation is shown once: the next action clears it from the page. */
    private void act(Supplier<Object> action, String done) {
        credentials = null;
        report = null;
        try {
            action.get();
            messages.note(DevicesTexts.text("fleet.done." + done));
            load();
        } catch (InvalidInput e) {
            messages.show("register".equals(done) ? "device" : "proposal", e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void upload() throws IOException {
        credentials = null;
        if (file == null || file.getSize() == 0) {
            messages.warn(DevicesTexts.text("devices.batch.size"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = batch.register(caller.get(), language.locale(), in.readNBytes(DeviceBatch.MAX_BYTES + 1));
            load();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> messages.warn(p.text()));
        }
    }

    public List<ModelRef> getModels() {
        return vendors.certifiedModelsOf(caller.get());
    }

    public PagedRows<DeviceView> getFleet() {
        return fleet;
    }

    public List<DeviceView> getProposable() {
        return proposable;
    }

    public DeviceForm getForm() {
        return form;
    }

    public ProposalForm getProposal() {
        return proposal;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public IssuedCredentials getCredentials() {
        return credentials;
    }

    public DeviceBatch.Report getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
