package org.sitepass.tracing.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvTable;
import org.sitepass.platform.Labels;
import org.sitepass.platform.XlsxTable;
import org.sitepass.residents.Identity;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.ExportFormat;

/**
 * A case's contacts as the isolation teams get them: one line a contact, with the identity in clear, where their
 * handling stands and the isolation place, headed in the reader's language.
 */
final class ContactSheet {

    static final List<String> COLUMNS = List.of("case", "documentType", "documentNumber", "name", "mobile",
            "district", "status", "assessment", "isolation", "place", "identifiedAt", "updatedAt");

    /** One contact with what the export adds: the identity revealed for the case, the place opened. */
    record Line(Contact contact, Identity identity, String place) {
    }

    private final List<Object[]> lines = new ArrayList<>();

    ContactSheet(String caseReference, List<Line> contacts, Labels labels, Locale locale) {
        lines.add(COLUMNS.stream().map(column -> TracingTexts.in(locale, "tracing.export.column." + column))
                .toArray());
        for (Line line : contacts) {
            Contact contact = line.contact();
            Identity identity = line.identity();
            lines.add(new Object[] {caseReference,
                labels.of("documentType", identity.documentTypeCode(), locale), identity.documentNumber(),
                identity.name(), identity.mobile(), labels.of(Labels.DISTRICT, identity.districtCode(), locale),
                labels.of("contactStatus", contact.getStatus().name(), locale),
                contact.getAssessment() == null ? "" : labels.of("assessment", contact.getAssessment().name(), locale),
                contact.getIsolation() == null ? "" : labels.of("isolation", contact.getIsolation().name(), locale),
                line.place(), CityTime.display(contact.getIdentifiedAt()), CityTime.display(contact.getUpdatedAt())});
        }
    }

    byte[] bytes(ExportFormat format, String sheetName) {
        if (format == ExportFormat.XLSX) {
            XlsxTable table = new XlsxTable(sheetName);
            lines.forEach(table::line);
            return table.bytes();
        }
        CsvTable table = new CsvTable();
        lines.forEach(table::line);
        return table.toString().getBytes(StandardCharsets.UTF_8);
    }
}
