package org.sitepass.platform;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/**
 * A form that may say where in the city something is: a point a person placed on the map or a phone's position,
 * optional, and refused with the same messages wherever it is entered when it lies outside the city.
 */
public abstract class LocatedForm {

    /** Shanghai lies between 30.6 and 31.9 degrees north and 120.8 and 122.2 east; a little margin either way. */
    @DecimalMin(value = "30.5", message = "{sitepass.validation.latitude}")
    @DecimalMax(value = "32.0", message = "{sitepass.validation.latitude}")
    private BigDecimal latitude;

    @DecimalMin(value = "120.7", message = "{sitepass.validation.longitude}")
    @DecimalMax(value = "122.3", message = "{sitepass.validation.longitude}")
    private BigDecimal longitude;

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}
