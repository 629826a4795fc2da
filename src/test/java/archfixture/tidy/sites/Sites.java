package archfixture.tidy.sites;

import jakarta.faces.context.FacesContext;

/** Fixture: the sites module's API, which may read the page's context as platform.PageRequest does. */
public class Sites {

    public boolean onAPage() {
        return FacesContext.getCurrentInstance() != null;
    }
}
