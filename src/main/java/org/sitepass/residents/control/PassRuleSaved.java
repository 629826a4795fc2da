package org.sitepass.residents.control;

/** A pass rule version was saved: fired in the saving transaction, so that the rule book reloads once it commits. */
public record PassRuleSaved(long id) {
}
