package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.sitepass.platform.PlainText;
import org.sitepass.tracing.entity.Assessment;

/** A tracer's judgement of a contact, with why for the tracers who read the steps later. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{sitepass.validation.required}")
    private Assessment assessment;

    @Size(max = 500, message = "{sitepass.validation.length}")
    @PlainText
    private String note;

    public Assessment getAssessment() {
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
