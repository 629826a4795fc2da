package org.sitepass.inspections.control;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Which venues of a plan go to which inspector, by the inspector's user name. */
public class VisitAssignmentForm {

    @NotEmpty(message = "{sitepass.validation.required}")
    @Size(max = 2000, message = "{inspections.validation.venues}")
    private List<Long> venueIds = new ArrayList<>();

    @Pattern(regexp = "[A-Za-z0-9_.@-]{1,128}", message = "{sitepass.validation.name}")
    private String inspector;

    public List<Long> getVenueIds() {
        return venueIds;
    }

    public void setVenueIds(List<Long> venueIds) {
        this.venueIds = venueIds == null ? new ArrayList<>() : new ArrayList<>(venueIds);
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }
}
