package org.sitepass.vendors.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.control.ModelForm;
import org.sitepass.vendors.control.ModelView;
import org.sitepass.vendors.control.Models;
import org.sitepass.vendors.entity.Capability;
import org.sitepass.vendors.entity.FormFactor;

/** Backs {@code /vendors/models.xhtml}: the company's models, a new one, test reports and submission. */
@Named
@ViewScoped
public class ModelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "model";

    @Inject
    transient Models models;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<ModelView> list = List.of();
    private ModelForm form = new ModelForm();
    private Long reportFor;
    private transient Part report;

    @PostConstruct
    void load() {
        list = models.mine(caller.get()).orElse(List.of());
    }

    public void create() {
        try {
            models.create(caller.get(), form).orElseThrow();
            form = new ModelForm();
            messages.note(VendorsTexts.text("models.created"));
            load();
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void upload() throws IOException {
        if (reportFor == null || report == null || report.getSize() == 0) {
            messages.warn(VendorsTexts.text("documents.empty"));
            return;
        }
        try (InputStream in = report.getInputStream()) {
            models.uploadTestReport(caller.get(), reportFor, report.getSubmittedFileName(), DocumentUpload.bounded(in))
                    .orElseThrow();
            messages.note(VendorsTexts.text("documents.uploaded"));
        } catch (InvalidInput e) {
            e.problems().forEach(p -> messages.warn(p.text()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void submit(long modelId) {
        try {
            models.submit(caller.get(), modelId).orElseThrow();
            messages.note(VendorsTexts.text("models.submitted"));
            load();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> messages.warn(p.text()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public List<ModelView> getList() {
        return list;
    }

    public ModelForm getForm() {
        return form;
    }

    public FormFactor[] getFormFactors() {
        return FormFactor.values();
    }

    public Capability[] getCapabilities() {
        return Capability.values();
    }

    public Long getReportFor() {
        return reportFor;
    }

    public void setReportFor(Long reportFor) {
        this.reportFor = reportFor;
    }

    public Part getReport() {
        return report;
    }

    public void setReport(Part report) {
        this.report = report;
    }
}
