package org.sitepass.inspections.boundary;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What the inspection pages read from their address: a record's id, and the answer when it names none. */
final class PageRequest {

    private PageRequest() {
    }

    /** The {@code ?id=} as typed; anything but digits names no record. */
    static Long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /** Another district's record is answered exactly like one that does not exist. */
    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
