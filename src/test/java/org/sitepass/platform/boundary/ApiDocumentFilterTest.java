package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    @Test
    void regularExpressionsLeaveThePathForTheParameters() {
        PathTemplate template = PathTemplate.parse("/api/v1/districts/{code: [0-9]{6}}/streets/{ id :[0-9]+}");
        assertEquals("/api/v1/districts/{code}/streets/{id}", template.plain());
        assertEquals(Map.of("code", "[0-9]{6}", "id", "[0-9]+"), template.patterns());
        assertEquals(Map.of(), PathTemplate.parse("/api/v1/site-codes/{codeNumber}/suspension").patterns());
    }

    @Test
    void unbalancedBracesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/api/v1/venues/{id: [0-9]{2}"));
    }

    @Test
    void operationIdsComeFromMethodAndPath() {
        assertEquals("getVenuesByIdPosterPng", PathTemplate.parse("/api/v1/venues/{id}/poster.png").operationId("GET"));
        assertEquals("postVenueReviewsByIdApproval",
                PathTemplate.parse("/api/v1/venue-reviews/{id: [0-9]+}/approval").operationId("POST"));
        assertEquals("getMe", PathTemplate.parse("/api/v1/me").operationId("GET"));
    }

    @Test
    void theRootIsTheFirstSegmentUnderTheApi() {
        assertEquals("devices", PathTemplate.parse("/api/v1/devices/heartbeat").root());
        assertEquals("venues", PathTemplate.parse("/api/v1/venues/{id: [0-9]+}").root());
    }

    /** The filter's tables are written by hand; the resources are the truth they must follow. */
    @Test
    void everyResourceIsTaggedWithItsModuleAndOpenOnlyWhenItPermitsAll() {
        Map<String, String> modules = new TreeMap<>();
        Set<String> open = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitepass").stream()
                .filter(type -> type.isAnnotatedWith(Path.class) && type.getPackageName().endsWith(".boundary"))
                .forEach(resource -> {
                    String root = PathTemplate.parse("/api/v1/" + path(resource)).root();
                    modules.put(root, resource.getPackageName().split("\\.")[2]);
                    if (resource.isAnnotatedWith(PermitAll.class)) {
                        open.add(root);
                    }
                });
        assertEquals(modules, new TreeMap<>(ApiDocumentFilter.MODULES));
        assertEquals(open, new TreeSet<>(ApiDocumentFilter.OPEN_TO_ALL));
    }

    private static String path(JavaClass resource) {
        return resource.getAnnotationOfType(Path.class).value();
    }
}
