package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** A certified vendor with a certified model, made through the API as the journey would, for tests that need one. */
public final class VendorFixtures {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private VendorFixtures() {
    }

    /** Registers and certifies the vendor user's company if needed, then a new certified model of it. */
    public static long certifiedModelOf(String vendorUser) {
        Api vendor = Api.as(vendorUser);
        Api officer = Api.as("officer1");
        Api.Reply mine = vendor.get("/api/v1/vendors/mine");
        if (mine.status() == 404) {
            vendor.post("/api/v1/vendors", Json.createObjectBuilder()
                    .add("name", "上海测试哨兵有限公司").add("creditCode", "91310000607216596U")
                    .add("address", "上海市虹口区测试路 1 号").add("contactPerson", "孙静")
                    .add("contactMobile", "13700000000")
                    .add("serviceDistricts", Json.createArrayBuilder().add("310109")).build());
            vendor.post("/api/v1/vendors/mine/licences?fileName=licence.pdf", "application/pdf", PDF);
            mine = vendor.post("/api/v1/vendors/mine/submission");
        }
        long company = mine.json().getJsonNumber("id").longValue();
        if ("SUBMITTED".equals(mine.json().getString("standing"))) {
            officer.post("/api/v1/certifications/vendors/" + company + "/certification", grant("SH-FIX-V-" + company));
        }
        long model = vendor.post("/api/v1/device-models", Json.createObjectBuilder()
                .add("name", "测试型号 " + System.nanoTime()).add("formFactor", "DESKTOP")
                .add("capabilities", Json.createArrayBuilder().add("HEALTH_CODE"))
                .add("firmwareVersion", "5.0.0").build()).json().getJsonNumber("id").longValue();
        vendor.post("/api/v1/device-models/" + model + "/test-report?fileName=report.pdf", "application/pdf", PDF);
        vendor.post("/api/v1/device-models/" + model + "/submission");
        officer.post("/api/v1/certifications/models/" + model + "/certification", grant("SH-FIX-M-" + model));
        return model;
    }

    private static JsonObject grant(String number) {
        return Json.createObjectBuilder().add("certificateNumber", number)
                .add("validUntil", LocalDate.now().plusYears(1).toString()).build();
    }
}
