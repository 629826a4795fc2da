package org.sitepass.platform.boundary;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Named in META-INF/validation.xml in place of Hibernate Validator's JPA-aware resolver, which asks the persistence
 * provider whether each property is loaded (taking a lock) on every validated request body. What is validated here
 * are request bodies and page forms, never lazy entities, so every property is there to be read and cascaded into.
 */
public class EverythingReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
