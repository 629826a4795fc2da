package org.sitepass.inspections.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sitepass.inspections.entity.Signal;
import org.sitepass.platform.FormText;
import org.sitepass.platform.PlainText;
import org.sitepass.sites.VenueCategory.RiskLevel;

/** A plan as an officer or inspector draws it up: its name, period, and which venues to take. */
public class PlanForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 100, message = "{sitepass.validation.length}")
    @PlainText
    private String name;

    @NotNull(message = "{sitepass.validation.required}")
    private LocalDate periodFrom;

    @NotNull(message = "{sitepass.validation.required}")
    private LocalDate periodTo;

    @Pattern(regexp = "[0-9]{9}", message = "{sites.validation.street}")
    private String streetCode;

    @Pattern(regexp = "[A-Z_]{1,16}", message = "{sites.validation.category}")
    private String categoryCode;

    private RiskLevel riskLevel;

    private Signal signal = Signal.SELECTED;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormText.given(name);
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode == null || streetCode.isBlank() ? null : streetCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public Signal getSignal() {
        return signal;
    }

    public void setSignal(Signal signal) {
        this.signal = signal == null ? Signal.SELECTED : signal;
    }
}
