package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.FileNames;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.BatchReport;
import org.sitepass.sites.control.VenueBatches;
import org.sitepass.sites.control.VenueSheet;

/** Backs {@code /sites/venues/batch.xhtml}: upload a CSV or XLSX of venues and read the row-by-row report. */
@Named
@ViewScoped
public class VenueBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VenueBatches venueBatches;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    @Inject
    SitesLabels labels;

    private transient Part file;
    private BatchReport report;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.warn(SitesTexts.text("sites.bulk.empty"));
            return;
        }
        if (file.getSize() > VenueSheet.MAX_BYTES) {
            messages.warn(SitesTexts.text("sites.bulk.tooLarge", VenueSheet.MAX_BYTES / (1024 * 1024)));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            report = venueBatches.upload(caller.get(), labels.locale(),
                    FileNames.kept(file.getSubmittedFileName(), UploadParameters.UNNAMED), content);
        } catch (InvalidInput unreadable) {
            report = null;
            unreadable.problems().forEach(p -> messages.warn(p.text()));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BatchReport getReport() {
        return report;
    }
}
