package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotNull;
import org.sitepass.platform.Reason;
import org.sitepass.tracing.entity.ExportFormat;

/** A request to export a case's contacts: the file's format, and what it is for, which the approving tracer reads. */
public class ExportForm extends Reason {

    @NotNull(message = "{sitepass.validation.required}")
    private ExportFormat format;

    public ExportFormat getFormat() {
        return format;
    }

    public void setFormat(ExportFormat format) {
        this.format = format;
    }
}
