package org.sitepass.devices.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.control.HeartbeatForm;

/**
 * Which sentry calls the registry check lets through unchecked: only the heartbeat, by its method, whatever its
 * path. That the check refuses a stopped device's other calls is shown against the server in
 * {@code DeviceDeploymentIT}.
 */
class SentryCallsTest {

    /** Any other resource a sentry may call, such as site-code verification, even under a heartbeat path. */
    @Path("devices/heartbeat/other")
    public static class OtherSentryCall {

        @POST
        public String verify() {
            return "valid";
        }
    }

    @Test
    void theHeartbeatChecksItsDeviceItself() throws NoSuchMethodException {
        assertTrue(SentryCalls.checksItsDevice(HeartbeatResource.class.getMethod("beat", HeartbeatForm.class)));
    }

    @Test
    void everyOtherSentryCallIsChecked() throws NoSuchMethodException {
        assertFalse(SentryCalls.checksItsDevice(OtherSentryCall.class.getMethod("verify")));
        assertFalse(SentryCalls.checksItsDevice(null), "a call matching no resource method is checked too");
    }
}
