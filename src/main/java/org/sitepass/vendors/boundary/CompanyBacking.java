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
import org.sitepass.vendors.control.DocumentView;
import org.sitepass.vendors.control.Registrations;
import org.sitepass.vendors.control.VendorForm;
import org.sitepass.vendors.control.VendorView;

/** Backs {@code /vendors/company.xhtml}: the vendor's company, its licences and its certification. */
@Named
@ViewScoped
public class CompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "company";

    @Inject
    transient Registrations registrations;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private VendorView company;
    private VendorForm form = new VendorForm();
    private transient Part licence;

    @PostConstruct
    void load() {
        company = registrations.mine(caller.get()).orElse(null);
        if (company != null) {
            form = company.toForm();
        }
    }

    public void save() {
        try {
            company = company == null ? registrations.register(caller.get(), form)
                    : registrations.update(caller.get(), form).orElseThrow();
            messages.note(VendorsTexts.text("company.saved"));
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void upload() throws IOException {
        if (licence == null || licence.getSize() == 0) {
            messages.warn(VendorsTexts.text("documents.empty"));
            return;
        }
        try (InputStream in = licence.getInputStream()) {
            registrations.uploadLicence(caller.get(), licence.getSubmittedFileName(), DocumentUpload.bounded(in));
            messages.note(VendorsTexts.text("documents.uploaded"));
        } catch (InvalidInput e) {
            e.problems().forEach(p -> messages.warn(p.text()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void submit() {
        try {
            company = registrations.submit(caller.get()).orElseThrow();
            messages.note(VendorsTexts.text("company.submitted"));
        } catch (InvalidInput e) {
            e.problems().forEach(p -> messages.warn(p.text()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public List<DocumentView> getDocuments() {
        return company == null ? List.of() : registrations.documents(caller.get()).orElse(List.of());
    }

    public VendorView getCompany() {
        return company;
    }

    public boolean isEditable() {
        return company == null || company.editable();
    }

    public VendorForm getForm() {
        return form;
    }

    public Part getLicence() {
        return licence;
    }

    public void setLicence(Part licence) {
        this.licence = licence;
    }
}
