package vn.vanban.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The date line's expected form (nd30.md §1.3), as the generator writes it. */
class FormRulesTest {
    @Test
    void daysBelowTenAndMonthsOneAndTwoArePadded() {
        assertEquals("Hà Nội, ngày 05 tháng 01 năm 2020", FormRules.expectedDate("Hà Nội, ngày 5 tháng 1 năm 2020"));
        assertEquals("Hà Nội, ngày 29 tháng 02 năm 2024", FormRules.expectedDate("Hà Nội, ngày 29 tháng 2 năm 2024"));
    }

    @Test
    void monthsThreeToTwelveAreNot() {
        assertEquals("Long Xuyên, ngày 10 tháng 4 năm 2026", FormRules.expectedDate("Long Xuyên, ngày 10 tháng 04 năm 2026"));
        assertEquals("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
                FormRules.expectedDate("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"));
    }

    @Test
    void aDraftsBlankDayIsKept() {
        assertEquals("Tam Đường, ngày     tháng 12 năm 2024", FormRules.expectedDate("Tam Đường, ngày     tháng 12 năm 2024"));
    }

    @Test
    void aDayThatDoesNotExistHasNoPaddedForm() {
        assertEquals("", FormRules.expectedDate("Hà Nội, ngày 30 tháng 02 năm 2024"));
    }

    @Test
    void otherLinesAreNotDateLines() {
        assertNull(FormRules.expectedDate("Số: 05/KH-UBND"));
    }
}
