package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** What a registration's dates must keep, and the note as kept. */
class CaseFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static CaseForm form(LocalDate sampledOn, LocalDate onsetOn) {
        CaseForm form = new CaseForm();
        form.setDocumentType("10");
        form.setDocumentNumber("310109199003071231");
        form.setSampledOn(sampledOn);
        form.setOnsetOn(onsetOn);
        form.setSource(" LAB-1 ");
        return form;
    }

    @Test
    void aSampleOrOnsetOfTodayOrBeforeIsTaken() {
        form(TODAY, TODAY).check(TODAY);
        form(TODAY.minusDays(30), null).check(TODAY);
        assertEquals("LAB-1", form(TODAY, null).getSource());
    }

    @Test
    void datesStillToComeAreRefusedByField() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> form(TODAY.plusDays(1), TODAY.plusDays(2)).check(TODAY));
        assertEquals(List.of("sampledOn", "onsetOn"), invalid.problems().stream().map(InvalidInput.FieldProblem::field)
                .toList());
        assertEquals("tracing.cases.future", invalid.problems().get(0).text().key());
    }

    @Test
    void aBlankNoteIsNone() {
        CaseForm form = form(TODAY, null);
        form.setNote("  ");
        assertNull(form.strippedNote());
        form.setNote(" 密接者在同一单位 ");
        assertEquals("密接者在同一单位", form.strippedNote());
    }
}
