package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Period;
import org.sitepass.platform.StoredTime;

/** The district view's figures, aggregated in the database so that 70,000 venues are counted, not loaded. */
@ApplicationScoped
public class DistrictReport {

    @PersistenceContext
    EntityManager em;


    public DistrictFigures figures(String districtCode, Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        return new DistrictFigures(districtCode, from, to, days(districtCode, from, to),
                issued(districtCode, "category_code"), issued(districtCode, "street_code"), backlog(districtCode));
    }

    private List<DistrictFigures.Day> days(String districtCode, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            counts.put(day, new long[3]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DATE(CONVERT_TZ(occurred_at, '+00:00', '+08:00')) AS day, kind, COUNT(*)
                        FROM sites_review_event
                        WHERE district_code = ?1 AND occurred_at >= ?2 AND occurred_at < ?3
                          AND kind IN ('SUBMITTED', 'APPROVED', 'REJECTED')
                        GROUP BY day, kind""")
                .setParameter(1, districtCode)
                .setParameter(2, StoredTime.of(CityTime.startOf(from)))
                .setParameter(3, StoredTime.of(CityTime.startOf(to.plusDays(1))))
                .getResultList();
        for (Object[] row : rows) {
            long[] day = counts.get(((Date) row[0]).toLocalDate());
            if (day != null) {
                day[slot((String) row[1])] += ((Number) row[2]).longValue();
            }
        }
        List<DistrictFigures.Day> days = new ArrayList<>();
        counts.forEach((date, c) -> days.add(new DistrictFigures.Day(date, c[0], c[1], c[2])));
        return days;
    }

    private List<DistrictFigures.Count> issued(String districtCode, String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + column + ", COUNT(*) FROM sites_venue "
                        + "WHERE district_code = ?1 AND code_status = 'ACTIVE' GROUP BY " + column
                        + " ORDER BY COUNT(*) DESC, " + column)
                .setParameter(1, districtCode).getResultList();
        return rows.stream().map(r -> new DistrictFigures.Count((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private DistrictFigures.Backlog backlog(String districtCode) {
        Instant now = CityTime.now();
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(*),
                               COALESCE(SUM(submitted_at >= ?2), 0),
                               COALESCE(SUM(submitted_at < ?2 AND submitted_at >= ?3), 0),
                               COALESCE(SUM(submitted_at < ?3 AND submitted_at >= ?4), 0),
                               COALESCE(SUM(submitted_at < ?4), 0),
                               MIN(submitted_at)
                        FROM sites_venue WHERE district_code = ?1 AND review_status = 'SUBMITTED'""")
                .setParameter(1, districtCode)
                .setParameter(2, StoredTime.of(now.minus(Duration.ofDays(1))))
                .setParameter(3, StoredTime.of(now.minus(Duration.ofDays(3))))
                .setParameter(4, StoredTime.of(now.minus(Duration.ofDays(7))))
                .getSingleResult();
        return new DistrictFigures.Backlog(number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), StoredTime.read(row[5]));
    }

    private static int slot(String kind) {
        return switch (kind) {
            case "SUBMITTED" -> 0;
            case "APPROVED" -> 1;
            default -> 2;
        };
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
