package org.sitepass.devices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sentry call whose use case checks the calling device itself (a heartbeat under the lock it takes anyway, a door
 * check through {@link Devices#sentry}), so that the devices module's filter of sentry calls need not check it
 * first: one look-up per call, not two. Declared on the resource method: a path may be shared or renamed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChecksItsDevice {
}
