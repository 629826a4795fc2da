package org.sitepass.vendors.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.VendorsTexts;

/**
 * The vendor pages in the menu: vendors describe their company and models, officers certify, everyone reads the
 * directory.
 */
@ApplicationScoped
public class VendorsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> vendors = Set.of(Roles.VENDOR);
        return List.of(
                new MenuEntry(200, "/vendors/company", VendorsTexts.BUNDLE, "menu.company", vendors),
                new MenuEntry(210, "/vendors/models", VendorsTexts.BUNDLE, "menu.models", vendors),
                new MenuEntry(220, "/vendors/certification", VendorsTexts.BUNDLE, "menu.certification",
                        Set.of(Roles.OFFICER)),
                new MenuEntry(700, "/suppliers", VendorsTexts.BUNDLE, "menu.suppliers", Set.of()));
    }
}
