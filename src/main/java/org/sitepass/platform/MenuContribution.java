package org.sitepass.platform;

import java.util.List;

/** A module offers its pages to the shell's menu by providing a CDI bean of this type. */
public interface MenuContribution {

    List<MenuEntry> menuEntries();
}
