package org.sitepass.inspections.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.platform.PlainText;

/** A note on an order (the venue's answer, or the inspector's closing or escalating word), with photos. */
public class ResponseForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 500, message = "{sitepass.validation.length}")
    @PlainText
    private String note;

    @Size(max = InspectionPhotos.MAX_PER_FORM, message = "{inspections.validation.photos}")
    private List<String> photos = new ArrayList<>();

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? null : note.strip();
    }

    public List<String> getPhotos() {
        return photos;
    }

    public void setPhotos(List<String> photos) {
        this.photos = photos == null ? new ArrayList<>() : new ArrayList<>(photos);
    }
}
