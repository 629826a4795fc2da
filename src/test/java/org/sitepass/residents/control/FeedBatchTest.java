package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Mod11Check;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Sex;

class FeedBatchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final String BODY = "31010919900307123";
    static final String NUMBER = BODY + Mod11Check.of(BODY);

    @Test
    void everyKindIsReadWithItsFields() {
        List<FeedRecord> records = FeedBatch.read(batch(resident(), colour(), nat(), antigen(), vaccination()),
                TODAY);

        FeedRecord.ResidentRecord resident = assertInstanceOf(FeedRecord.ResidentRecord.class, records.get(0));
        assertEquals(DocumentType.RESIDENT_ID_CARD, resident.document().type());
        assertEquals("张三", resident.name());
        assertEquals("13800000001", resident.mobile());
        assertEquals("310109", resident.particulars().districtCode());
        assertEquals(LocalDate.of(1990, 3, 7), resident.particulars().birthDate(), "from the ID card");
        assertEquals(Sex.MALE, resident.particulars().sex());
        assertEquals("sh-healthcode", resident.version().source());
        assertEquals(Instant.parse("2026-12-04T08:00:00Z"), resident.version().sourceTime());

        FeedRecord.ColourRecord colour = assertInstanceOf(FeedRecord.ColourRecord.class, records.get(1));
        assertEquals(Colour.YELLOW, colour.colour());
        assertEquals("TRIP", colour.reasonCode());
        FeedRecord.NatRecord nat = assertInstanceOf(FeedRecord.NatRecord.class, records.get(2));
        assertEquals(TestResult.NEGATIVE, nat.result());
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), nat.resultedAt());
        assertEquals(TestResult.POSITIVE, assertInstanceOf(FeedRecord.AntigenRecord.class, records.get(3))
                .facts().result());
        assertEquals(2, assertInstanceOf(FeedRecord.VaccinationRecord.class, records.get(4)).facts().doseNumber());
        assertEquals(List.of(0, 1, 2, 3, 4), records.stream().map(FeedRecord::index).toList());
    }

    @Test
    void otherDocumentsGiveTheirBirthDateAndMayGiveTheSex() {
        JsonObject passport = record("RESIDENT", "r-2").add("documentType", "20").add("documentNumber", "E12345678")
                .add("name", "John Smith").add("district", "310115").add("birthDate", "1985-12-31")
                .add("sex", "MALE").add("disabled", true).build();
        FeedRecord.ResidentRecord read = (FeedRecord.ResidentRecord) FeedBatch.read(batch(passport), TODAY).get(0);
        assertEquals(LocalDate.of(1985, 12, 31), read.particulars().birthDate());
        assertTrue(read.particulars().disabled());

        assertRefused(batch(without(passport, "birthDate")), "records[0].birthDate");
    }

    @Test
    void aBadCheckCharacterNamesTheRecordAndField() {
        char wrong = NUMBER.endsWith("1") ? '2' : '1';
        JsonObject bad = with(nat(), "documentNumber", BODY + wrong);
        InvalidInput refused = assertRefused(batch(resident(), bad), "records[1].documentNumber");
        assertTrue(text(refused).contains("check character"), text(refused));
    }

    @Test
    void aMissingFieldNamesTheRecordAndField() {
        assertRefused(batch(resident(), colour(), without(nat(), "sampledAt")), "records[2].sampledAt");
        assertRefused(batch(without(resident(), "sourceId")), "records[0].sourceId");
        assertRefused(batch(without(resident(), "name")), "records[0].name");
        assertRefused(batch(without(colour(), "reason")), "records[0].reason");
        assertRefused(batch(with(resident(), "name", "  ")), "records[0].name");
        assertRefused(batch(without(nat(), "resultedAt")), "records[0].resultedAt");
    }

    @Test
    void impossibleDatesAndTimesAreRefused() {
        assertRefused(batch(with(nat(), "sampledAt", "2026-02-30T08:00:00Z")), "records[0].sampledAt");
        assertRefused(batch(with(nat(), "sampledAt", "2026-12-03T08:00:00+08:00")), "records[0].sampledAt");
        assertRefused(batch(with(resident(), "sourceTime", "yesterday")), "records[0].sourceTime");
        JsonObject passport = record("RESIDENT", "r-2").add("documentType", "20").add("documentNumber", "E12345678")
                .add("name", "John Smith").add("district", "310115").add("birthDate", "1985-02-29").build();
        assertRefused(batch(passport), "records[0].birthDate");
        assertRefused(batch(with(passport, "birthDate", "2026-12-05")), "records[0].birthDate");
        String born1990Feb30 = "31010919900230123";
        assertRefused(batch(with(resident(), "documentNumber", born1990Feb30 + Mod11Check.of(born1990Feb30))),
                "records[0].documentNumber");
    }

    @Test
    void unknownKindsAndValuesAreRefused() {
        assertRefused(batch(with(resident(), "kind", "ALLERGY")), "records[0].kind");
        assertRefused(batch(without(resident(), "kind")), "records[0].kind");
        assertRefused(batch(with(colour(), "colour", "BLUE")), "records[0].colour");
        assertRefused(batch(with(antigen(), "result", "PENDING")), "records[0].result");
        assertRefused(batch(with(resident(), "documentType", "99")), "records[0].documentType");
        assertRefused(batch(with(resident(), "district", "31010")), "records[0].district");
        assertRefused(batch(with(resident(), "mobile", "12345")), "records[0].mobile");
        assertRefused(batch(with(resident(), "source", "sh health code")), "records[0].source");
        assertRefused(batch(with(colour(), "reason", "<script>")), "records[0].reason");
        assertRefused(batch(with(colour(), "reason", "很".repeat(FeedBatch.REASON_LENGTH + 1))), "records[0].reason");
        assertRefused(batch(Json.createObjectBuilder(vaccination()).add("doseNumber", 11).build()),
                "records[0].doseNumber");
        assertRefused(batch(Json.createObjectBuilder(vaccination()).add("doseNumber", "2").build()),
                "records[0].doseNumber");
        assertRefused(batch(Json.createObjectBuilder(resident()).add("disabled", "yes").build()),
                "records[0].disabled");
        assertRefused(batch(Json.createObjectBuilder(resident()).add("name", 42).build()), "records[0].name");
        assertRefused(Json.createObjectBuilder().add("records", Json.createArrayBuilder().add("text")).build(),
                "records[0]");
    }

    @Test
    void testsMustBeConsistent() {
        assertRefused(batch(with(nat(), "result", "PENDING")), "records[0].resultedAt");
        assertRefused(batch(with(nat(), "resultedAt", "2026-12-03T07:59:59Z")), "records[0].resultedAt");
        FeedRecord.NatRecord pending = (FeedRecord.NatRecord) FeedBatch.read(
                batch(with(without(nat(), "resultedAt"), "result", "PENDING")), TODAY).get(0);
        assertEquals(TestResult.PENDING, pending.result());
        assertEquals(null, pending.resultedAt());
    }

    @Test
    void anIdCardsBirthDateAndSexCannotBeContradicted() {
        assertRefused(batch(with(resident(), "birthDate", "1990-03-08")), "records[0].birthDate");
        assertRefused(batch(with(resident(), "sex", "FEMALE")), "records[0].sex");
        FeedBatch.read(batch(with(resident(), "birthDate", "1990-03-07")), TODAY);
    }

    @Test
    void aBatchHoldsOneToTenThousandRecordsInAnObject() {
        assertRefused(Json.createObjectBuilder().add("records", Json.createArrayBuilder()).build(), "records");
        assertRefused(Json.createArrayBuilder().add(resident()).build(), "records");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i <= FeedBatch.MAX_RECORDS; i++) {
            many.add(resident());
        }
        InvalidInput refused = assertRefused(Json.createObjectBuilder().add("records", many).build(), "records");
        assertTrue(text(refused).contains("10,000") && text(refused).contains("10,001"), text(refused));
    }

    @Test
    void everyProblemIsNamedUpToALimit() {
        InvalidInput two = assertThrows(InvalidInput.class, () -> FeedBatch.read(
                batch(without(resident(), "name"), resident(), with(nat(), "result", "MAYBE")), TODAY));
        assertEquals(List.of("records[0].name", "records[2].result"),
                two.problems().stream().map(InvalidInput.FieldProblem::field).toList());

        JsonArrayBuilder broken = Json.createArrayBuilder();
        for (int i = 0; i < 150; i++) {
            broken.add(without(resident(), "name"));
        }
        InvalidInput many = assertThrows(InvalidInput.class, () -> FeedBatch.read(
                Json.createObjectBuilder().add("records", broken).build(), TODAY));
        assertEquals(FeedBatch.MAX_PROBLEMS + 1, many.problems().size());
        assertEquals("records", many.problems().get(FeedBatch.MAX_PROBLEMS).field());
    }

    @Test
    void noProblemQuotesThePersonsData() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> FeedBatch.read(
                batch(with(resident(), "documentNumber", BODY + "Y"), with(resident(), "mobile", "1380000000")),
                TODAY));
        refused.problems().forEach(p -> {
            String text = p.text().in(Locale.ENGLISH) + p.text().in(Locale.CHINESE);
            assertTrue(!text.contains(BODY) && !text.contains("1380000000"), text);
        });
    }

    static JsonObject batch(JsonObject... records) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject record : records) {
            list.add(record);
        }
        return Json.createObjectBuilder().add("records", list).build();
    }

    static JsonObjectBuilder record(String kind, String sourceId) {
        return Json.createObjectBuilder().add("kind", kind).add("source", "sh-healthcode").add("sourceId", sourceId)
                .add("sourceTime", "2026-12-04T08:00:00Z");
    }

    static JsonObjectBuilder person(String kind, String sourceId) {
        return record(kind, sourceId).add("documentType", "10").add("documentNumber", NUMBER);
    }

    static JsonObject resident() {
        return person("RESIDENT", "r-1").add("name", "张三").add("mobile", "13800000001").add("district", "310109")
                .add("disabled", false).build();
    }

    static JsonObject colour() {
        return person("COLOUR", "c-1").add("colour", "YELLOW").add("reasonCode", "TRIP")
                .add("reason", "近 7 天内到访中风险地区").add("effectiveAt", "2026-12-04T00:00:00Z").build();
    }

    static JsonObject nat() {
        return person("NAT", "n-1").add("sampledAt", "2026-12-03T08:00:00Z").add("resultedAt", "2026-12-03T10:00:00Z")
                .add("result", "NEGATIVE").add("institution", "上海市第一人民医院").build();
    }

    static JsonObject antigen() {
        return person("ANTIGEN", "a-1").add("testedAt", "2026-12-03T20:00:00Z").add("result", "POSITIVE").build();
    }

    static JsonObject vaccination() {
        return person("VACCINATION", "v-1").add("doseNumber", 2).add("vaccinatedAt", "2021-06-01T02:00:00Z")
                .add("product", "北京生物 新冠灭活疫苗").build();
    }

    static JsonObject with(JsonObject record, String field, String value) {
        return Json.createObjectBuilder(record).add(field, value).build();
    }

    static JsonObject without(JsonObject record, String field) {
        return Json.createObjectBuilder(record).remove(field).build();
    }

    static InvalidInput assertRefused(JsonObject body, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> FeedBatch.read(body, TODAY));
        assertEquals(List.of(field), refused.problems().stream().map(InvalidInput.FieldProblem::field).toList(),
                () -> "problems: " + text(refused));
        return refused;
    }

    static InvalidInput assertRefused(jakarta.json.JsonArray body, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> FeedBatch.read(body, TODAY));
        assertEquals(field, refused.problems().get(0).field());
        return refused;
    }

    static String text(InvalidInput refused) {
        return refused.problems().stream().map(p -> p.field() + ": " + p.text().in(Locale.ENGLISH)).toList()
                .toString();
    }
}
