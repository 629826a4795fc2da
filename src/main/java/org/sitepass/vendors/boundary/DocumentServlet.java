package org.sitepass.vendors.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.control.Certifications;
import org.sitepass.vendors.control.DocumentFile;
import org.sitepass.vendors.control.Registrations;

/**
 * Document downloads for the pages ({@code /vendors/documents/{id}}): a vendor gets its own company's, an officer
 * any; everything else answers 404. Same rules as the API.
 */
@WebServlet("/vendors/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registrations registrations;

    @Inject
    transient Certifications certifications;

    @Inject
    transient CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.substring(1));
        Caller who = caller.get();
        Optional<DocumentFile> file = who.hasRole(Roles.OFFICER) ? certifications.document(who, id)
                : who.hasRole(Roles.VENDOR) ? registrations.document(who, id) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        file.get().download().applyTo(response);
        response.getOutputStream().write(file.get().content());
    }
}
