package org.sitepass.tracing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.platform.BarChart;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageLanguage;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.Exposures;
import org.sitepass.tracing.control.HourlyPasses;
import org.sitepass.tracing.control.VenueExposure;
import org.sitepass.tracing.control.VenuePasses;

/** Backs {@code /tracing/venues/passes.xhtml}: a day's passes and stops at one of the manager's venues, by hour. */
@Named
@ViewScoped
public class VenuePassesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VenuePasses passes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    @Inject
    transient Exposures exposureRecords;

    private List<VenueRef> venues;
    private Long venueId;
    private LocalDate day = LocalDate.now(CityTime.ZONE);
    private List<HourlyPasses> hours = List.of();
    private List<VenueExposure> exposures = List.of();

    @PostConstruct
    void init() {
        venues = passes.venuesOf(caller.get());
        exposures = exposureRecords.atVenuesOf(caller.get(), venues);
        if (!venues.isEmpty()) {
            venueId = venues.get(0).id();
            refresh();
        }
    }

    public void refresh() {
        if (venueId != null && day != null) {
            hours = passes.byHour(caller.get(), venueId, day).orElse(List.of());
        }
    }

    /** A Chart.js bar chart of the hours; the table beside it carries the same numbers for screen readers. */
    public String getChart() {
        return BarChart.standing(hours.stream().map(h -> String.format("%02d", h.hour())).toList())
                .series(TracingTexts.in(language.locale(), "venuePasses.passes"),
                        hours.stream().map(HourlyPasses::passes).toList(), "#2e7d32")
                .series(TracingTexts.in(language.locale(), "venuePasses.stops"),
                        hours.stream().map(HourlyPasses::stops).toList(), "#b3261e")
                .json();
    }

    public List<VenueRef> getVenues() {
        return venues;
    }

    /** The exposures standing at the manager's venues, shown above the counts. */
    public List<VenueExposure> getExposures() {
        return exposures;
    }

    public List<HourlyPasses> getHours() {
        return hours;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
