package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.ResponseForm;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;

/**
 * Backs {@code /inspections/venue-orders.xhtml}: the orders of the manager's venues; the manager picks one
 * ({@code ?order=}) to answer it with a note and photos.
 */
@Named
@ViewScoped
public class VenueOrdersBacking extends OrdersPage {

    private static final long serialVersionUID = 1L;

    private final ResponseForm form = new ResponseForm();
    private transient List<Part> photos;

    public VenueOrdersBacking() {
        super(OrderAction.RESPOND);
    }

    @Override
    long count() {
        return orders.countOfMyVenues(caller.get());
    }

    @Override
    List<OrderView> visible(int first, int size) {
        return orders.ofMyVenues(caller.get(), first, size);
    }

    public String respond() {
        OrderView shown = getSelected();
        try {
            form.setPhotos(UploadedPhotos.base64(photos));
            messages.confirm(InspectionsTexts.text(shown != null
                    && orders.respond(caller.get(), shown.id(), form).isPresent() ? "venueOrders.responded"
                    : "orders.gone"));
            return "/inspections/venue-orders?faces-redirect=true";
        } catch (InvalidInput e) {
            messages.show("respond", e);
        } catch (RequestRefused e) {
            messages.show(e);
            refresh();
        }
        return null;
    }

    public ResponseForm getForm() {
        return form;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
