package org.sitepass.vendors;

/** Whose certificate an event speaks of: a vendor company's, or a device model's. */
public enum CertificateHolder {
    VENDOR, MODEL
}
