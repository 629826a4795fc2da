package org.sitepass.vendors.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.platform.CreditCode;
import org.sitepass.platform.FormText;
import org.sitepass.platform.MobileNumber;
import org.sitepass.platform.PlainText;

/** A vendor's company as its people describe it, on the page or through the API. */
public class VendorForm {

    static final String REQUIRED = "{sitepass.validation.required}";
    static final String LENGTH = "{sitepass.validation.length}";

    @NotBlank(message = REQUIRED)
    @Size(max = 100, message = LENGTH)
    @PlainText
    private String name;

    @NotBlank(message = REQUIRED)
    @CreditCode
    private String creditCode;

    @NotBlank(message = REQUIRED)
    @Size(max = 200, message = LENGTH)
    @PlainText
    private String address;

    @NotBlank(message = REQUIRED)
    @Size(max = 50, message = LENGTH)
    @PlainText
    private String contactPerson;

    @NotBlank(message = REQUIRED)
    @MobileNumber
    private String contactMobile;

    @NotEmpty(message = "{vendors.validation.serviceDistricts}")
    @Size(max = 16, message = "{vendors.validation.serviceDistricts}")
    private List<@Pattern(regexp = "[0-9]{6}", message = "{vendors.validation.serviceDistricts}") String>
            serviceDistricts = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormText.given(name);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = FormText.givenInCapitals(creditCode);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = FormText.given(address);
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = FormText.given(contactPerson);
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public void setContactMobile(String contactMobile) {
        this.contactMobile = FormText.given(contactMobile);
    }

    public List<String> getServiceDistricts() {
        return serviceDistricts;
    }

    public void setServiceDistricts(List<String> serviceDistricts) {
        this.serviceDistricts = serviceDistricts == null ? new ArrayList<>() : new ArrayList<>(serviceDistricts);
    }
}
