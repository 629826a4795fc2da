package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicLong;

/** Venues for tests: complete, in Hongkou, with a name no other test run has used. */
public final class Venues {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Venues() {
    }

    public static String uniqueName(String base) {
        return base + " " + SEQUENCE.incrementAndGet();
    }

    public static JsonObjectBuilder hongkou(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("categoryCode", "MARKET")
                .add("districtCode", "310109")
                .add("streetCode", "310109009")
                .add("address", "欧阳路 " + SEQUENCE.incrementAndGet() + " 号")
                .add("latitude", 31.2712)
                .add("longitude", 121.4856)
                .add("operatorName", "上海联华超市有限公司")
                .add("operatorCreditCode", "91310000607216596U")
                .add("responsiblePerson", "张三")
                .add("contactMobile", "13812345678")
                .add("entrances", 2)
                .add("expectedDailyVisitors", 800);
    }

    /** A Hongkou venue of manager1's, applied for and approved by officer1: as the venue stands after the journey. */
    public static JsonObject issuedInHongkou(String base) {
        long id = Api.as("manager1").post("/api/v1/venues", hongkou(uniqueName(base)).build())
                .json().getJsonNumber("id").longValue();
        Api.as("manager1").post("/api/v1/venues/" + id + "/submission");
        return Api.as("officer1").post("/api/v1/venue-reviews/" + id + "/approval").json();
    }

    public static JsonObject with(JsonObject venue, String field, String value) {
        return Json.createObjectBuilder(venue).add(field, value).build();
    }
}
