package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.sites.control.Applications;
import org.sitepass.sites.control.VenueView;

/** Backs {@code /sites/venues/list.xhtml}: every venue of the manager with its status, code and posters. */
@Named
@ViewScoped
public class MyVenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Applications applications;

    @Inject
    transient CurrentCaller caller;

    private final LazyDataModel<VenueView> venues = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.countMine(caller.get());
        }

        @Override
        public List<VenueView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return applications.mine(caller.get(), first, pageSize);
        }

        @Override
        public String getRowKey(VenueView venue) {
            return Long.toString(venue.id());
        }
    };

    public LazyDataModel<VenueView> getVenues() {
        return venues;
    }
}
