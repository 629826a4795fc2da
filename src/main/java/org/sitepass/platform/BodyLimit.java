package org.sitepass.platform;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a JAX-RS resource method (or every method of a class) reads. A larger body is refused
 * with 413 before any of it is parsed: by its declared length when it has one, otherwise once more than the limit
 * has arrived. Without it, a JSON body is read whole, however large.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    int megabytes();
}
