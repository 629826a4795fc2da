package org.sitepass.platform.boundary;

/** Keycloak refused, could not be reached, or sent a token that does not verify. */
class OidcException extends Exception {

    private static final long serialVersionUID = 1L;

    OidcException(String message) {
        super(message);
    }

    OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
