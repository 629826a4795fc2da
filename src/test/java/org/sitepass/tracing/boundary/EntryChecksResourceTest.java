package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.ChecksItsDevice;

class EntryChecksResourceTest {

    /** The resource asks the devices module itself (cached): the sentry-call filter must not ask a second time. */
    @Test
    void everyCheckAsksAboutItsDeviceOnce() {
        Method[] calls = Arrays.stream(EntryChecksResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(POST.class)).toArray(Method[]::new);
        assertTrue(calls.length >= 2);
        for (Method call : calls) {
            assertTrue(call.isAnnotationPresent(ChecksItsDevice.class), call.getName());
        }
    }
}
