package org.sitepass.residents.control;

import java.math.BigDecimal;
import java.util.List;
import org.sitepass.platform.FormText;
import org.sitepass.residents.entity.RuleProposal;

/**
 * A pass rule as an officer fills it in, on the page or through the API. Checked as a whole by
 * {@link RuleProposal#problems}, so the page and the API tell the same mistakes the same way.
 */
public class PassRuleForm {

    private String districtCode;
    private String categoryCode;
    private String effectiveFrom;
    private BigDecimal maxTemperature;
    private List<String> acceptedColours;
    private Integer natWithinHours;
    private Boolean antigenCounts;
    private Integer minimumDoses;
    private Boolean relativeCodesAccepted;
    private Boolean otherRegionCodesAccepted;
    private String note;

    public RuleProposal toProposal() {
        return new RuleProposal(districtCode, categoryCode, effectiveFrom, maxTemperature,
                acceptedColours == null ? null : List.copyOf(acceptedColours), natWithinHours, antigenCounts,
                minimumDoses, relativeCodesAccepted, otherRegionCodesAccepted, note);
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = FormText.given(districtCode);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = FormText.given(categoryCode);
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = FormText.given(effectiveFrom);
    }

    public BigDecimal getMaxTemperature() {
        return maxTemperature;
    }

    public void setMaxTemperature(BigDecimal maxTemperature) {
        this.maxTemperature = maxTemperature;
    }

    public List<String> getAcceptedColours() {
        return acceptedColours;
    }

    public void setAcceptedColours(List<String> acceptedColours) {
        this.acceptedColours = acceptedColours;
    }

    public Integer getNatWithinHours() {
        return natWithinHours;
    }

    public void setNatWithinHours(Integer natWithinHours) {
        this.natWithinHours = natWithinHours;
    }

    public Boolean getAntigenCounts() {
        return antigenCounts;
    }

    public void setAntigenCounts(Boolean antigenCounts) {
        this.antigenCounts = antigenCounts;
    }

    public Integer getMinimumDoses() {
        return minimumDoses;
    }

    public void setMinimumDoses(Integer minimumDoses) {
        this.minimumDoses = minimumDoses;
    }

    public Boolean getRelativeCodesAccepted() {
        return relativeCodesAccepted;
    }

    public void setRelativeCodesAccepted(Boolean relativeCodesAccepted) {
        this.relativeCodesAccepted = relativeCodesAccepted;
    }

    public Boolean getOtherRegionCodesAccepted() {
        return otherRegionCodesAccepted;
    }

    public void setOtherRegionCodesAccepted(Boolean otherRegionCodesAccepted) {
        this.otherRegionCodesAccepted = otherRegionCodesAccepted;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = FormText.given(note);
    }
}
