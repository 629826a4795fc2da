package org.sitepass.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * What an applicant states about a venue. A draft may leave fields empty; {@link #isComplete()} is what
 * submission requires. The contact mobile is held sealed; the caller seals and opens it.
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
    private String responsiblePerson;
    @Column(name = "contact_mobile")
    private String sealedContactMobile;
    private Integer entrances;
    @Column(name = "expected_daily_visitors")
    private Integer expectedDailyVisitors;

    protected VenueDetails() {
    }

    public VenueDetails(String name, String categoryCode, String districtCode, String streetCode, String address,
                        BigDecimal latitude, BigDecimal longitude, String operatorName, String operatorCreditCode,
                        String responsiblePerson, String sealedContactMobile, Integer entrances,
                        Integer expectedDailyVisitors) {
        this.name = name;
        this.categoryCode = categoryCode;
        this.districtCode = districtCode;
        this.streetCode = streetCode;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.operatorName = operatorName;
        this.operatorCreditCode = operatorCreditCode;
        this.responsiblePerson = responsiblePerson;
        this.sealedContactMobile = sealedContactMobile;
        this.entrances = entrances;
        this.expectedDailyVisitors = expectedDailyVisitors;
    }

    public boolean isComplete() {
        return present(name) && present(categoryCode) && present(districtCode) && present(streetCode)
                && present(address) && present(operatorName) && present(operatorCreditCode)
                && present(responsiblePerson) && present(sealedContactMobile)
                && entrances != null && expectedDailyVisitors != null;
    }

    /** A change the district must review again: what the poster and the public see of the venue. */
    public boolean differsForReview(VenueDetails other) {
        return !Objects.equals(name, other.name) || !Objects.equals(address, other.address)
                || !Objects.equals(categoryCode, other.categoryCode);
    }

    /** The same details with the reviewed fields taken from the other; where the venue is cannot change. */
    public VenueDetails withReviewedFrom(VenueDetails other) {
        return new VenueDetails(other.name, other.categoryCode, districtCode, streetCode, other.address, latitude,
                longitude, operatorName, operatorCreditCode, responsiblePerson, sealedContactMobile, entrances,
                expectedDailyVisitors);
    }

    /** The same details with this venue's reviewed fields kept; everything else from the other. */
    public VenueDetails withUnreviewedFrom(VenueDetails other) {
        return new VenueDetails(name, categoryCode, districtCode, streetCode, address, other.latitude,
                other.longitude, other.operatorName, other.operatorCreditCode, other.responsiblePerson,
                other.sealedContactMobile, other.entrances, other.expectedDailyVisitors);
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

    public String getResponsiblePerson() {
        return responsiblePerson;
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
}
