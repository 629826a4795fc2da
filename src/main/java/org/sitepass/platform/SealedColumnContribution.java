package org.sitepass.platform;

import java.util.List;

/**
 * A module names the columns whose values {@link PersonalData} seals by providing a CDI bean of this type, so that
 * rows stored in clear before a column was sealed get sealed at start-up. Each name reads {@code table.column}, is
 * also the context the values are sealed for, and its table has a numeric primary key {@code id}.
 */
public interface SealedColumnContribution {

    List<String> sealedColumns();
}
