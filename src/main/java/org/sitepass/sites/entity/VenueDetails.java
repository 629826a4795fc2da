package org.sitepass.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * What an applicant states about a venue. A draft may leave fields empty; {@link #isComplete()} is what
 * submission requires. The responsible person's name and the contact mobile are personal data, held sealed;
 * the caller seals and opens them.
 */
@Embeddable
public class VenueDetails {

    private String name;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "street_code")
    private String streetCode;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "operator_name")
    private String operatorName;
    @Column(name = "operator_credit_code")
    private String operatorCreditCode;
    @Column(name = "responsible_person")
    private String sealedResponsiblePerson;
    @Column(name = "contact_mobile")
    private String sealedContactMobile;
    private Integer entrances;
    @Column(name = "expected_daily_visitors")
    private Integer expectedDailyVisitors;

    protected VenueDetails() {
    }

    /** Details named field by field: a draft states some, the form all, a proposed change only the reviewed ones. */
    public static Builder builder() {
        return new Builder(new VenueDetails());
    }

    /** Details like these, to change a few. */
    public Builder toBuilder() {
        return new Builder(copy());
    }

    public boolean isComplete() {
        return present(name) && present(categoryCode) && present(districtCode) && present(streetCode)
                && present(address) && present(operatorName) && present(operatorCreditCode)
                && present(sealedResponsiblePerson) && present(sealedContactMobile)
                && entrances != null && expectedDailyVisitors != null;
    }

    /** A change the district must review again: what the poster and the public see of the venue. */
    public boolean differsForReview(VenueDetails other) {
        return !Objects.equals(name, other.name) || !Objects.equals(address, other.address)
                || !Objects.equals(categoryCode, other.categoryCode);
    }

    /** The same details with this venue's reviewed fields kept; everything else from the other. */
    public VenueDetails withUnreviewedFrom(VenueDetails other) {
        return other.toBuilder().name(name).categoryCode(categoryCode).districtCode(districtCode)
                .streetCode(streetCode).address(address).build();
    }

    /**
     * Folds width, case, spaces and punctuation so that "Ａ店 1号" and "a店1号" meet in duplicate checks. NFKC can
     * lengthen text (one ligature becomes many letters), so the key is cut to its column.
     */
    public static String key(String text, int columnLength) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Z}\\s\\p{P}]", "");
        return folded.length() <= columnLength ? folded : folded.substring(0, columnLength);
    }

    private VenueDetails copy() {
        VenueDetails copy = new VenueDetails();
        copy.name = name;
        copy.categoryCode = categoryCode;
        copy.districtCode = districtCode;
        copy.streetCode = streetCode;
        copy.address = address;
        copy.latitude = latitude;
        copy.longitude = longitude;
        copy.operatorName = operatorName;
        copy.operatorCreditCode = operatorCreditCode;
        copy.sealedResponsiblePerson = sealedResponsiblePerson;
        copy.sealedContactMobile = sealedContactMobile;
        copy.entrances = entrances;
        copy.expectedDailyVisitors = expectedDailyVisitors;
        return copy;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getName() {
        return name;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getOperatorCreditCode() {
        return operatorCreditCode;
    }

    public String getSealedResponsiblePerson() {
        return sealedResponsiblePerson;
    }

    public String getSealedContactMobile() {
        return sealedContactMobile;
    }

    public Integer getEntrances() {
        return entrances;
    }

    public Integer getExpectedDailyVisitors() {
        return expectedDailyVisitors;
    }

    /** Builds one set of details; each {@link #build()} hands out its own copy, so a builder can be reused. */
    public static final class Builder {

        private final VenueDetails details;

        private Builder(VenueDetails details) {
            this.details = details;
        }

        public Builder name(String name) {
            details.name = name;
            return this;
        }

        public Builder categoryCode(String categoryCode) {
            details.categoryCode = categoryCode;
            return this;
        }

        public Builder districtCode(String districtCode) {
            details.districtCode = districtCode;
            return this;
        }

        public Builder streetCode(String streetCode) {
            details.streetCode = streetCode;
            return this;
        }

        public Builder address(String address) {
            details.address = address;
            return this;
        }

        public Builder location(BigDecimal latitude, BigDecimal longitude) {
            details.latitude = latitude;
            details.longitude = longitude;
            return this;
        }

        public Builder operatorName(String operatorName) {
            details.operatorName = operatorName;
            return this;
        }

        public Builder operatorCreditCode(String operatorCreditCode) {
            details.operatorCreditCode = operatorCreditCode;
            return this;
        }

        /** The name as {@code PersonalData} sealed it; details never hold it in clear. */
        public Builder sealedResponsiblePerson(String sealedResponsiblePerson) {
            details.sealedResponsiblePerson = sealedResponsiblePerson;
            return this;
        }

        /** The mobile as {@code PersonalData} sealed it; details never hold it in clear. */
        public Builder sealedContactMobile(String sealedContactMobile) {
            details.sealedContactMobile = sealedContactMobile;
            return this;
        }

        public Builder entrances(Integer entrances) {
            details.entrances = entrances;
            return this;
        }

        public Builder expectedDailyVisitors(Integer expectedDailyVisitors) {
            details.expectedDailyVisitors = expectedDailyVisitors;
            return this;
        }

        public VenueDetails build() {
            return details.copy();
        }
    }
}
