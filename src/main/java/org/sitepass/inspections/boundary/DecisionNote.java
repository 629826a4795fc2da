package org.sitepass.inspections.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** What the inspector found on re-inspection, closing or escalating an order. */
public class DecisionNote {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 500, message = "{sitepass.validation.length}")
    @PlainText
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? null : note.strip();
    }
}
