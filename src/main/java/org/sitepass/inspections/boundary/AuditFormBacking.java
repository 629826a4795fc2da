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
import org.sitepass.inspections.control.AuditForm;
import org.sitepass.inspections.control.AuditSubjects;
import org.sitepass.inspections.control.AuditView;
import org.sitepass.inspections.control.Audits;
import org.sitepass.inspections.control.PosterScans;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.sites.VenueRef;

/**
 * Backs {@code /inspections/audit-form.xhtml}, used on a phone at the venue: the poster photographed or its number
 * typed, every checklist item judged, photos taken, and the location if the inspector allows it.
 */
@Named
@ViewScoped
public class AuditFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "audit";

    @Inject
    transient AuditSubjects subjects;

    @Inject
    transient Audits audits;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private Long venueId;
    private String venueParameter;
    private VenueRef venue;
    private final AuditForm form = new AuditForm();
    private transient Part posterPhoto;
    private transient List<Part> photos;

    public AuditFormBacking() {
        form.setFindings(Arrays.stream(ChecklistItem.values()).map(item -> {
            AuditForm.Item finding = new AuditForm.Item();
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
            Optional<AuditView> audit = audits.submit(caller.get(), form);
            if (audit.isEmpty()) {
                messages.warn(InspectionsTexts.text("audit.gone"));
                return null;
            }
            messages.confirm(InspectionsTexts.text("audit.submitted"));
            return "/inspections/audit?faces-redirect=true&id=" + audit.get().id();
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
                        InspectionsTexts.text("audit.posterUnreadable")));
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

    public AuditForm getForm() {
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
