package org.sitepass.tracing.entity;

/**
 * The temperatures a door takes as a measurement, in °C: outside them a reading is a slip of the hand or a faulty
 * thermometer, refused rather than recorded. One range for sentries and door staff alike; wide enough for an
 * infrared reading of a forehead on a winter day.
 */
public final class BodyTemperatures {

    public static final String LOWEST = "30.0";
    public static final String HIGHEST = "45.0";

    private BodyTemperatures() {
    }
}
