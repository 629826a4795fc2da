package org.sitepass.residents;

/**
 * A person's identity in clear, for a tracer who reveals it with a purpose; the residents module audits every such
 * reveal against the person, so that their "My data" lists it.
 *
 * @param mobile the mobile the registry holds, or null when it holds none
 * @param districtCode the household district's statistical code
 */
public record Identity(ResidentRef resident, String documentTypeCode, String documentNumber, String name,
                       String mobile, String districtCode) {

    /** Keeps the identity out of logs and exception messages that print it. */
    @Override
    public String toString() {
        return "Identity[" + resident.value() + "]";
    }
}
