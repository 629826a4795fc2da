package org.sitepass.inspections.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.sitepass.inspections.entity.Finding;
import org.sitepass.inspections.entity.Inspection;
import org.sitepass.inspections.entity.InspectionResult;
import org.sitepass.inspections.entity.Verdict;

/** A submitted inspection with its findings and the ids of its photos. */
public record InspectionView(long id, long venueId, String inspector, String posterCode, boolean posterMatches,
                        BigDecimal latitude, BigDecimal longitude, InspectionResult result, Instant submittedAt,
                        List<Item> findings, List<Long> photoIds) {

    /** One item's verdict and note. */
    public record Item(String item, Verdict verdict, String note) {
    }

    static InspectionView of(Inspection a, List<Long> photoIds) {
        return new InspectionView(a.getId(), a.getVenueId(), a.getInspector(), a.getPosterCode(), a.isPosterMatches(),
                a.getLatitude(), a.getLongitude(), a.getResult(), a.getSubmittedAt(),
                a.getFindings().stream().map(InspectionView::item).toList(), photoIds);
    }

    private static Item item(Finding f) {
        return new Item(f.getItem().name(), f.getVerdict(), f.getNote());
    }
}
