package org.sitepass.residents.control;

import java.util.List;

/** A resident an officer looked up by document, masked, with every binding the resident has had. */
public record ResidentBindings(String name, String documentNumber, String districtCode,
                               List<BindingRecord> bindings) {
}
