package org.sitepass.sites.control;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which column each position of the header row names; a blank header cell names none. */
final class VenueSheetHeader {

    private final VenueSheetColumn[] byPosition;

    private VenueSheetHeader(VenueSheetColumn[] byPosition) {
        this.byPosition = byPosition;
    }

    /**
     * Refuses a header with an unknown or repeated column, because guessing would put a value into the wrong
     * field of every venue. Blank header cells are allowed: spreadsheets often save trailing empty columns.
     */
    static VenueSheetHeader of(List<String> cells) {
        VenueSheetColumn[] byPosition = new VenueSheetColumn[cells.size()];
        Set<VenueSheetColumn> present = EnumSet.noneOf(VenueSheetColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text.isEmpty()) {
                continue;
            }
            VenueSheetColumn column = VenueSheetColumn.forHeader(text)
                    .orElseThrow(() -> new VenueSheetException("sites.bulk.header.unknown", text));
            if (!present.add(column)) {
                throw new VenueSheetException("sites.bulk.header.duplicate", text);
            }
            byPosition[i] = column;
        }
        String missing = Arrays.stream(VenueSheetColumn.values())
                .filter(column -> column.required() && !present.contains(column))
                .map(VenueSheetColumn::key)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new VenueSheetException("sites.bulk.header.missing", missing);
        }
        return new VenueSheetHeader(byPosition);
    }

    /** A value with no column above it is refused rather than dropped, since the applicant meant it for something. */
    VenueSheetRow row(int rowNumber, List<String> cells) {
        Map<VenueSheetColumn, String> values = new EnumMap<>(VenueSheetColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text.isEmpty()) {
                continue;
            }
            if (i >= byPosition.length || byPosition[i] == null) {
                throw new VenueSheetException("sites.bulk.extraCells", rowNumber);
            }
            values.put(byPosition[i], text);
        }
        return new VenueSheetRow(rowNumber, values);
    }
}
