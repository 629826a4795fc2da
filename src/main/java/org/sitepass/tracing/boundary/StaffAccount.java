package org.sitepass.tracing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The door-staff account a manager names: a user name of the realm. */
public class StaffAccount {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 64, message = "{sitepass.validation.length}")
    private String account;

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
