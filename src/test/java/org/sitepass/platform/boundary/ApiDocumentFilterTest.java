package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.boundary.DevicesResource;
import org.sitepass.devices.control.DeviceView;
import org.sitepass.vendors.boundary.CertificationsResource;
import org.sitepass.vendors.control.ModelView;
import org.sitepass.vendors.control.VendorView;

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

    @Test
    void pagedListsAreFoundByTheirPathsWithTheirItems() {
        Map<String, Class<?>> pages = PagedLists.of(List.of(DevicesResource.class, CertificationsResource.class,
                AuditEntriesResource.class, ApiDocumentFilterTest.class));
        assertEquals(DeviceView.class, pages.get("GET /api/v1/devices"));
        assertEquals(VendorView.class, pages.get("GET /api/v1/certifications/vendors"));
        assertEquals(ModelView.class, pages.get("GET /api/v1/certifications/models"));
        assertEquals(AuditEntriesResource.Entry.class, pages.get("GET /api/v1/audit-entries"));
        assertEquals(4, pages.size(), pages.toString());
    }

    @Test
    void aPagesItemsAreNamedAsTheScannerNamesThem() {
        assertEquals("DeviceView", PagedLists.schemaName(DeviceView.class));
        assertEquals("Named", PagedLists.schemaName(Renamed.class));
    }

    @Schema(name = "Named")
    private record Renamed(long id) {
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
