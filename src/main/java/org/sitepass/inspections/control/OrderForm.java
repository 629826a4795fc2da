package org.sitepass.inspections.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.platform.PlainText;

/** An order as the inspector raises it from a failing item: what to put right, and by when. */
public class OrderForm {

    @NotNull(message = "{sitepass.validation.required}")
    private Long inspectionId;

    @NotNull(message = "{sitepass.validation.required}")
    private ChecklistItem item;

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 500, message = "{sitepass.validation.length}")
    @PlainText
    private String requirement;

    @NotNull(message = "{sitepass.validation.required}")
    private LocalDate deadline;

    public Long getInspectionId() {
        return inspectionId;
    }

    public void setInspectionId(Long inspectionId) {
        this.inspectionId = inspectionId;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public void setItem(ChecklistItem item) {
        this.item = item;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement == null ? null : requirement.strip();
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
