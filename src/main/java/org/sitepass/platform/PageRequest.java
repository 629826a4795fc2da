package org.sitepass.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What pages read from their address: a record's id, and the answer when it names none. */
public final class PageRequest {

    private PageRequest() {
    }

    /** The {@code ?id=} as typed; anything but digits names no record. */
    public static Long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /** Another district's record is answered exactly like one that does not exist. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
