package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.LabelContribution;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.residents.Identity;
import org.sitepass.residents.ResidentRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.ExportFormat;
import org.sitepass.tracing.entity.Isolation;

/** The isolation teams' sheet: a line a contact with the identity in clear, headed in the reader's language. */
class ContactSheetTest {

    private static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");
    private static final LabelContribution TRACING = () -> TracingTexts.BUNDLE;
    private static final LabelContribution RESIDENTS = () -> "org.sitepass.residents.messages";

    /** The districts are the platform's data; one is enough here. */
    private static final LabelContribution DISTRICTS = new LabelContribution() {
        @Override
        public String bundle() {
            return TracingTexts.BUNDLE;
        }

        @Override
        public Optional<String> name(String kind, String code, Locale locale) {
            return Labels.DISTRICT.equals(kind) && "310109".equals(code) ? Optional.of("虹口区") : Optional.empty();
        }
    };

    private final Labels labels = new Labels(List.of(DISTRICTS, TRACING, RESIDENTS));

    private ContactSheet sheet(Locale locale) {
        Contact contact = Contact.identify(7, "abcdefghijklmnopqrstuv", "310109", null, "tracer1", T0);
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0);
        contact.transfer(Isolation.HOME_ISOLATION, "sealed", "tracer1", T0.plusSeconds(3600));
        Identity identity = new Identity(new ResidentRef("abcdefghijklmnopqrstuv"), "10", "310109199003071231",
                "张三", "13800000001", "310109");
        return new ContactSheet("TC-20261204-0007", List.of(new ContactSheet.Line(contact, identity, "四川北路 1 号")),
                labels, locale);
    }

    @Test
    void aWorkbookHoldsTheIdentityInClearAndTheHandling() throws IOException {
        byte[] file = sheet(Languages.CHINESE).bytes(ExportFormat.XLSX, "TC-20261204-0007");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("证件号码", rows.get(0).getCellText(2));
            Row line = rows.get(1);
            assertEquals(List.of("TC-20261204-0007", "居民身份证", "310109199003071231", "张三", "13800000001", "虹口区",
                            "已转运", "密切接触者", "居家隔离", "四川北路 1 号", "2026-12-04 10:00:00",
                            "2026-12-04 11:00:00"),
                    IntStream.range(0, ContactSheet.COLUMNS.size()).mapToObj(line::getCellText)
                            .toList());
        }
    }

    @Test
    void aCsvHasTheSameLinesHeadedInEnglishWhenAskedFor() {
        String csv = new String(sheet(Locale.ENGLISH).bytes(ExportFormat.CSV, "x"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFCase,Document type,Document number,Name"), lines[0]);
        assertTrue(lines[1].contains(",310109199003071231,张三,13800000001,"), lines[1]);
        assertTrue(lines[1].contains("Close contact,Home isolation"), lines[1]);
    }
}
