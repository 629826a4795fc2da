package org.sitepass.platform.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sitepass.platform.Page;

/**
 * The operations that answer with a {@link Page}, and what their items are. The OpenAPI scanner erases
 * {@code Page<VenueView>} to one {@code Page} schema for every list, so the document would not say what a page holds;
 * the resource methods' generic return types still do.
 */
final class PagedLists {

    private PagedLists() {
    }

    /**
     * The item type of every paged operation among the resources, keyed as {@link #key} names an operation of the
     * document, with the path as {@link PathTemplate#plain()} writes it.
     */
    static Map<String, Class<?>> of(Collection<Class<?>> resources) {
        return resources.stream().filter(resource -> resource.isAnnotationPresent(Path.class))
                .flatMap(resource -> Stream.of(resource.getMethods())
                        .filter(method -> itemOf(method) != null && httpMethod(method) != null)
                        .map(method -> Map.entry(key(httpMethod(method), path(resource, method)), itemOf(method))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (one, other) -> {
                    throw new IllegalStateException("two paged lists answer one operation: " + one + ", " + other);
                }, TreeMap::new));
    }

    static String key(String httpMethod, String plainPath) {
        return httpMethod + " " + plainPath;
    }

    /** The name the scanner gives the item's schema: the one its {@code @Schema} gives, or its simple name. */
    static String schemaName(Class<?> item) {
        Schema named = item.getAnnotation(Schema.class);
        return named == null || named.name().isEmpty() ? item.getSimpleName() : named.name();
    }

    private static String path(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder(PathTemplate.API_ROOT)
                .append(trimmed(resource.getAnnotation(Path.class)));
        Path own = method.getAnnotation(Path.class);
        if (own != null && !trimmed(own).isEmpty()) {
            path.append('/').append(trimmed(own));
        }
        return PathTemplate.parse(path.toString()).plain();
    }

    private static String trimmed(Path path) {
        return path.value().replaceAll("^/+|/+$", "");
    }

    private static String httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(Objects::nonNull)
                .map(HttpMethod::value).findFirst().orElse(null);
    }

    private static Class<?> itemOf(Method method) {
        Type answer = method.getGenericReturnType();
        if (answer instanceof ParameterizedType generic && generic.getRawType() == Page.class
                && generic.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return null;
    }
}
