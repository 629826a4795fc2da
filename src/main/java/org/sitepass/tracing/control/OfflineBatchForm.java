package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a device decided while offline, uploaded once it is back. Each check is validated on its own and refused on its
 * own, so that one bad check does not keep the others from being stored; only a batch over the limit is refused whole.
 */
public class OfflineBatchForm {

    static final int MOST_CHECKS = 1000;

    @NotNull(message = "{sitepass.validation.required}")
    @Size(min = 1, max = MOST_CHECKS, message = "{tracing.validation.batchSize}")
    private List<OfflineCheckForm> checks;

    public List<OfflineCheckForm> getChecks() {
        return checks;
    }

    public void setChecks(List<OfflineCheckForm> checks) {
        this.checks = checks;
    }
}
