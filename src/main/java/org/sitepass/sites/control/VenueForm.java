package org.sitepass.sites.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.CreditCode;
import org.sitepass.platform.FormText;
import org.sitepass.platform.LocatedForm;
import org.sitepass.platform.MobileNumber;
import org.sitepass.platform.PlainText;

/**
 * A venue as a person fills it in, on the page or through the API: the same constraints, and so
 * the same messages, for both. Formats are checked on every save; {@link Complete} adds what submission needs.
 */
public class VenueForm extends LocatedForm {

    static final String REQUIRED = "{sites.validation.requiredForSubmission}";
    static final String LENGTH = "{sitepass.validation.length}";

    /** The group of constraints a venue submitted for review must also meet. */
    public interface Complete {
    }

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 100, message = LENGTH)
    @PlainText
    private String name;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Pattern(regexp = "[A-Z_]{1,16}", message = "{sites.validation.category}")
    private String categoryCode;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Pattern(regexp = "[0-9]{6}", message = "{sites.validation.district}")
    private String districtCode;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Pattern(regexp = "[0-9]{9}", message = "{sites.validation.street}")
    private String streetCode;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Size(max = 200, message = LENGTH)
    @PlainText
    private String address;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Size(max = 100, message = LENGTH)
    @PlainText
    private String operatorName;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @CreditCode
    private String operatorCreditCode;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @Size(max = 50, message = LENGTH)
    @PlainText
    private String responsiblePerson;

    @NotBlank(groups = Complete.class, message = REQUIRED)
    @MobileNumber
    private String contactMobile;

    @NotNull(groups = Complete.class, message = REQUIRED)
    @Min(value = 1, message = "{sites.validation.entrances}")
    @Max(value = 200, message = "{sites.validation.entrances}")
    private Integer entrances;

    @NotNull(groups = Complete.class, message = REQUIRED)
    @Min(value = 0, message = "{sites.validation.visitors}")
    @Max(value = 2_000_000, message = "{sites.validation.visitors}")
    private Integer expectedDailyVisitors;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormText.given(name);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = FormText.given(categoryCode);
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = FormText.given(districtCode);
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = FormText.given(streetCode);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = FormText.given(address);
    }

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = FormText.given(operatorName);
    }

    public String getOperatorCreditCode() {
        return operatorCreditCode;
    }

    public void setOperatorCreditCode(String operatorCreditCode) {
        this.operatorCreditCode = FormText.givenInCapitals(operatorCreditCode);
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = FormText.given(responsiblePerson);
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public void setContactMobile(String contactMobile) {
        this.contactMobile = FormText.given(contactMobile);
    }

    public Integer getEntrances() {
        return entrances;
    }

    public void setEntrances(Integer entrances) {
        this.entrances = entrances;
    }

    public Integer getExpectedDailyVisitors() {
        return expectedDailyVisitors;
    }

    public void setExpectedDailyVisitors(Integer expectedDailyVisitors) {
        this.expectedDailyVisitors = expectedDailyVisitors;
    }
}
