package org.sitepass.vendors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sitepass.vendors.entity.CertificationStatus;

class StatusParameterTest {

    @Test
    void theQueryAcceptsExactlyTheStatusesThereAre() throws NoSuchFieldException {
        String accepted = StatusParameter.class.getDeclaredField("status").getAnnotation(Pattern.class).regexp();
        String statuses = String.join("|", Arrays.stream(CertificationStatus.values()).map(Enum::name).toList());
        assertEquals("(" + statuses + ")?", accepted, "the pattern follows the enum");
    }

    @Test
    void certificationsAwaitingADecisionAreListedUnlessAskedOtherwise() {
        StatusParameter parameter = new StatusParameter();
        assertEquals(CertificationStatus.SUBMITTED, parameter.status());
        parameter.status = "REVOKED";
        assertEquals(CertificationStatus.REVOKED, parameter.status());
    }
}
