package org.sitepass.vendors.entity;

/** What a document proves: the company's business licence, or a model's test report. */
public enum DocumentKind {
    LICENCE, TEST_REPORT
}
