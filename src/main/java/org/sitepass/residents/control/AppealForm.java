package org.sitepass.residents.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.sitepass.platform.Reason;
import org.sitepass.residents.entity.AppealSubject;

/** A resident's appeal: which of their records (a colour change or a nucleic-acid test) and why, as a reason. */
public class AppealForm extends Reason {

    @NotNull(message = DocumentForm.REQUIRED)
    private AppealSubject subject;

    @NotNull(message = DocumentForm.REQUIRED)
    @Positive
    private Long recordId;

    public AppealSubject getSubject() {
        return subject;
    }

    public void setSubject(AppealSubject subject) {
        this.subject = subject;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }
}
