package org.sitepass.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Languages;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;

/** What the page shell shows around every page: the caller, their roles and the menu the modules offer them. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Instance<MenuContribution> contributions;

    @Inject
    LanguageSelection language;

    public Caller getCaller() {
        return currentCaller.get();
    }

    public boolean isLoggedIn() {
        return !getCaller().isAnonymous();
    }

    public List<MenuEntry> getMenu() {
        Caller caller = getCaller();
        return contributions.stream()
                .flatMap(contribution -> contribution.menuEntries().stream())
                .filter(entry -> entry.visibleTo(caller))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .toList();
    }

    public String label(MenuEntry entry) {
        return Languages.text(entry.bundle(), language.getLocale(), entry.labelKey());
    }

    /**
     * The language switch's link back to this very page, query included ({@code ?id=} of a venue), encoded so
     * that the switch receives it whole.
     */
    public String getLanguageSwitchBack() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String page = request.getContextPath() + FacesContext.getCurrentInstance().getViewRoot().getViewId();
        String query = request.getQueryString();
        return URLEncoder.encode(query == null ? page : page + "?" + query, StandardCharsets.UTF_8);
    }

    /** The token the logout form must carry (empty without a page session): {@link LogoutServlet}. */
    public String getLogoutToken() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        HttpSession session = request.getSession(false);
        PageLogin login = session == null ? null : (PageLogin) session.getAttribute(PageLogin.ATTRIBUTE);
        return login == null ? "" : login.logoutToken();
    }

    /** The caller's roles in the order pages list them. */
    public List<String> getRoles() {
        Caller caller = getCaller();
        return Roles.PEOPLE.stream().filter(caller::hasRole).toList();
    }
}
