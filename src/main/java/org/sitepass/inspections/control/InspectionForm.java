package org.sitepass.inspections.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.FormText;
import org.sitepass.platform.LocatedForm;
import org.sitepass.platform.PlainText;

/**
 * An inspection as the inspector's phone submits it: the venue, what the poster said (scanned payload or typed number),
 * where the phone was if allowed, every checklist item, and photos as base64.
 */
public class InspectionForm extends LocatedForm {

    /** One checklist item's verdict and note. */
    public static class Item {

        @NotNull(message = "{sitepass.validation.required}")
        private ChecklistItem item;

        @NotNull(message = "{sitepass.validation.required}")
        private Verdict verdict;

        @Size(max = 500, message = "{sitepass.validation.length}")
        @PlainText
        private String note;

        public ChecklistItem getItem() {
            return item;
        }

        public void setItem(ChecklistItem item) {
            this.item = item;
        }

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = FormText.given(note);
        }
    }

    @NotNull(message = "{sitepass.validation.required}")
    private Long venueId;

    @Size(max = 512, message = "{sitepass.validation.length}")
    private String posterPayload;

    @Size(max = 20, message = "{sitepass.validation.length}")
    private String posterCode;

    @NotEmpty(message = "{sitepass.validation.required}")
    @Valid
    private List<Item> findings = new ArrayList<>();

    @Size(max = InspectionPhotos.MAX_PER_FORM, message = "{inspections.validation.photos}")
    private List<String> photos = new ArrayList<>();

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getPosterPayload() {
        return posterPayload;
    }

    public void setPosterPayload(String posterPayload) {
        this.posterPayload = FormText.given(posterPayload);
    }

    public String getPosterCode() {
        return posterCode;
    }

    public void setPosterCode(String posterCode) {
        this.posterCode = FormText.given(posterCode);
    }

    public List<Item> getFindings() {
        return findings;
    }

    public void setFindings(List<Item> findings) {
        this.findings = findings == null ? new ArrayList<>() : new ArrayList<>(findings);
    }

    public List<String> getPhotos() {
        return photos;
    }

    public void setPhotos(List<String> photos) {
        this.photos = photos == null ? new ArrayList<>() : new ArrayList<>(photos);
    }
}
