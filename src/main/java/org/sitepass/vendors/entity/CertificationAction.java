package org.sitepass.vendors.entity;

/** What can be done to a certification; which of them its status allows is the certification's to say. */
public enum CertificationAction {
    SUBMIT, CERTIFY, REJECT, SUSPEND, REINSTATE, REVOKE
}
