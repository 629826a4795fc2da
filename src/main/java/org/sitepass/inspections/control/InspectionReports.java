package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Labels;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.VenueRef;

/**
 * The printable report of one inspection, with its photos, for whoever may read the inspection. A report leaves the
 * platform as a file, so every export goes to the audit trail. No transaction spans the drawing: the trail's entry
 * is written in its own, once the report is made, so that its lock is not held while photos are embedded.
 */
@ApplicationScoped
public class InspectionReports {

    @Inject
    Inspections inspections;

    @Inject
    Sites sites;

    @Inject
    Labels labels;

    @Inject
    DocumentFonts fonts;

    @Inject
    AuditTrail auditTrail;

    /** An A4 PDF in the given language; empty when there is no such inspection in the reader's district. */
    public Optional<byte[]> pdf(Caller reader, long inspectionId, Locale locale) {
        return inspections.find(reader, inspectionId).map(inspection -> {
            InspectionReport report = report(reader, inspection, locale);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                fonts.lend(typefaces -> InspectionReportCanvas.write(report, locale, typefaces, out));
            } catch (IOException e) {
                throw new UncheckedIOException("could not draw the report of inspection " + inspectionId, e);
            }
            auditTrail.record(AuditRecord.success("INSPECTION_REPORT_EXPORTED", "inspection",
                    String.valueOf(inspectionId)));
            return out.toByteArray();
        });
    }

    private InspectionReport report(Caller reader, InspectionView inspection, Locale locale) {
        VenueRef venue = sites.venue(inspection.venueId()).orElseThrow(() -> new IllegalStateException(
                "inspection " + inspection.id() + " names venue " + inspection.venueId() + ", which does not exist"));
        String street = labels.of(Labels.STREET, venue.streetCode(), locale);
        String category = labels.of(VenueCategory.LABEL_KIND, venue.categoryCode(), locale);
        List<InspectionPhotos.Photo> photos = inspection.photoIds().stream()
                .map(id -> inspections.photo(reader, id).orElseThrow()).toList();
        return new InspectionReport(inspection, venue.name(), venue.codeNumber(), street, category, photos,
                CityTime.now());
    }
}
