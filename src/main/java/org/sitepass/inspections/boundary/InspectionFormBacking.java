package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.InspectionForm;
import org.sitepass.inspections.control.InspectionSubjects;
import org.sitepass.inspections.control.InspectionView;
import org.sitepass.inspections.control.Inspections;
import org.sitepass.inspections.control.PosterScans;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.sites.VenueRef;

/**
 * Backs {@code /inspections/inspection-form.xhtml}, used on a phone at the venue: the poster photographed or its number
 * typed, every checklist item judged, photos taken, and the location if the inspector allows it.
 */
@Named
@ViewScoped
public class InspectionFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "inspection";

    @Inject
    transient InspectionSubjects subjects;

    @Inject
    transient Inspections inspections;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private Long venueId;
    private String venueParameter;
    private VenueRef venue;
    private final InspectionForm form = new InspectionForm();
    private transient Part posterPhoto;
    private transient List<Part> photos;

    public InspectionFormBacking() {
        form.setFindings(Arrays.stream(ChecklistItem.values()).map(item -> {
            InspectionForm.Item finding = new InspectionForm.Item();
            finding.setItem(item);
            return finding;
        }).toList());
    }

    public void load() throws IOException {
        venue = venueId == null ? null : subjects.venue(caller.get(), venueId).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
        }
    }

    public String submit() {
        try {
            form.setVenueId(venue.id());
            if (!readPoster()) {
                return null;
            }
            form.setPhotos(UploadedPhotos.base64(photos));
            Optional<InspectionView> inspection = inspections.submit(caller.get(), form);
            if (inspection.isEmpty()) {
                messages.warn(InspectionsTexts.text("inspection.gone"));
                return null;
            }
            messages.confirm(InspectionsTexts.text("inspection.submitted"));
            return "/inspections/inspection?faces-redirect=true&id=" + inspection.get().id();
        } catch (InvalidInput e) {
            messages.show(FORM, e);
            return null;
        }
    }

    /** A photo of the poster, when taken, stands for the scan; one without a readable code asks for another. */
    private boolean readPoster() {
        if (posterPhoto == null || posterPhoto.getSize() == 0) {
            form.setPosterPayload(null);
            return true;
        }
        try {
            Optional<String> payload = PosterScans.payloadIn(UploadedPhotos.bytes(posterPhoto));
            form.setPosterPayload(payload.orElse(null));
            if (payload.isEmpty() && form.getPosterCode() == null) {
                messages.show(FORM, InvalidInput.of("posterPhoto",
                        InspectionsTexts.text("inspection.posterUnreadable")));
                return false;
            }
            return true;
        } catch (InvalidInput e) {
            messages.show(FORM, InvalidInput.of("posterPhoto", e.problems().get(0).text()));
            return false;
        }
    }

    public String getVenueParameter() {
        return venueParameter;
    }

    public void setVenueParameter(String text) {
        venueParameter = text;
        venueId = PageRequest.id(text);
    }

    public VenueRef getVenue() {
        return venue;
    }

    public InspectionForm getForm() {
        return form;
    }

    public Part getPosterPhoto() {
        return posterPhoto;
    }

    public void setPosterPhoto(Part posterPhoto) {
        this.posterPhoto = posterPhoto;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
