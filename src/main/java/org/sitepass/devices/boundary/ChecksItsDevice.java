package org.sitepass.devices.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sentry call whose use case checks the calling device itself, under a lock it takes anyway, so that
 * {@link SentryCalls} need not check it first. Declared on the resource method: a path may be shared or renamed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ChecksItsDevice {
}
