package org.sitepass.inspections.control;

import org.sitepass.platform.Caller;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.Roles;

/** Who acts in inspections, and where: officers and inspectors, each only in the district their account carries. */
final class InspectionScope {

    private InspectionScope() {
    }

    /** The district of an officer or inspector: they plan and read. */
    static String district(Caller caller) {
        return districtIf(caller, caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.INSPECTOR));
    }

    /** The district of an inspector: only inspectors inspect and decide orders. */
    static String inspectorDistrict(Caller caller) {
        return districtIf(caller, caller.hasRole(Roles.INSPECTOR));
    }

    private static String districtIf(Caller caller, boolean allowed) {
        if (!allowed || caller.district() == null) {
            throw new NotPermitted(Roles.INSPECTOR);
        }
        return caller.district();
    }
}
