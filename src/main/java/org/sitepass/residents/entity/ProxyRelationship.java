package org.sitepass.residents.entity;

/** How the person who collects an offline code for someone else is related to them, as the proxy declares. */
public enum ProxyRelationship {
    PARENT, CHILD, SPOUSE, SIBLING, GRANDCHILD, GUARDIAN, CARER, OTHER
}
