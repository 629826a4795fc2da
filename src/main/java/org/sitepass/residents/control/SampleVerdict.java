package org.sitepass.residents.control;

import java.math.BigDecimal;
import org.sitepass.residents.PassVerdict;

/**
 * How a sample person fares at the time a proposed rule takes effect: under the rules already set, and with the
 * proposed one.
 *
 * @param sample the {@code SamplePerson}'s name
 */
public record SampleVerdict(String sample, BigDecimal temperature, PassVerdict now, PassVerdict proposed) {
}
