package org.sitepass.residents;

import java.util.Optional;

/**
 * Whom a credential speaks for, or why it speaks for nobody.
 *
 * @param type what kind of credential it was, when that could be read
 * @param resident the person, when the credential is good
 * @param refusal why the credential is not good: a reason that stops at any door
 */
public record CredentialCheck(CredentialType type, ResidentRef resident, PassReason refusal) {

    static CredentialCheck of(CredentialType type, ResidentRef resident) {
        return new CredentialCheck(type, resident, null);
    }

    static CredentialCheck refused(CredentialType type, PassReason refusal) {
        return new CredentialCheck(type, null, refusal);
    }

    public Optional<ResidentRef> person() {
        return Optional.ofNullable(resident);
    }
}
