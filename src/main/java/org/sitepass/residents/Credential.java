package org.sitepass.residents;

import java.util.Objects;

/**
 * What a door read from a person: a scanned QR payload, or an ID card's number and name from its chip. Holds the
 * number in clear only for as long as it takes to resolve it; {@link #toString()} never shows it.
 */
public final class Credential {

    private final String payload;
    private final String idNumber;
    private final String name;

    private Credential(String payload, String idNumber, String name) {
        this.payload = payload;
        this.idNumber = idNumber;
        this.name = name;
    }

    /** A QR as scanned: a health, relative or offline code, or anything else a camera can read. */
    public static Credential scanned(String payload) {
        return new Credential(Objects.requireNonNull(payload, "payload"), null, null);
    }

    /** A resident ID card as its chip gives it. */
    public static Credential idCard(String idNumber, String name) {
        return new Credential(null, Objects.requireNonNull(idNumber, "idNumber"), Objects.requireNonNull(name, "name"));
    }

    public boolean isIdCard() {
        return idNumber != null;
    }

    String payload() {
        return payload;
    }

    String idNumber() {
        return idNumber;
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return isIdCard() ? "Credential[ID card]" : "Credential[scanned]";
    }
}
