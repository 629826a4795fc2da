package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FleetReconciliationScheduleTest {

    /** One interval after start-up, as the class says, not soon after it as the other tasks. */
    @Test
    void theFirstReconciliationComesOneIntervalAfterStartUp() {
        assertEquals(Duration.ofHours(3), new FleetReconciliationSchedule().firstRun(Duration.ofHours(3)));
    }
}
