package org.sitepass.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a JAX-RS resource method (or every method of a class) reads, where it needs more than the
 * 64 KB every other body is held to. A larger body is refused with 413 before it is parsed: by its declared length
 * when it has one, otherwise as soon as more than the limit has arrived.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    int megabytes();
}
