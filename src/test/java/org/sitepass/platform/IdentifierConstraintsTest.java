package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credit codes, mobiles and plain text, checked against real published examples and near misses. */
class IdentifierConstraintsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y43", // the worked example of GB 32100-2015
        "9144030071526726XG", // Tencent, Shenzhen
        "914403001922038216", // Huawei, Shenzhen
        "91330100799655058B", // Alibaba (China), Hangzhou
        "91310000607216596U"
    })
    void realCreditCodesPass(String code) {
        assertTrue(CreditCode.Check.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y44", // check character off by one
        "9144030071526726GX", // last two swapped
        "914403001922O38216", // letter O is not in the alphabet
        "91350100M000100Y4", // too short
        "91350100M000100Y433" // too long
    })
    void alteredCreditCodesFail(String code) {
        assertFalse(CreditCode.Check.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15000000000"})
    void mobilesPass(String mobile) {
        assertTrue(new MobileNumber.Check().isValid(mobile, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "021-6321234"})
    void notMobilesFail(String mobile) {
        assertFalse(new MobileNumber.Check().isValid(mobile, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a<b", "<img src=x onerror=alert(1)>", "line\nbreak",
        "tab\there", "nul\u0000",
        "evil\u202Efdp.exe", "zero\u200Bwidth", "line\u2028separator"})
    void markupAndControlCharactersAreNotPlainText(String text) {
        assertFalse(PlainText.Check.isPlain(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"联华超市（四川北路店）", "O'Brien & Sons, Ltd.", "四川北路 1885 号 2F-3", "=SUM(A1)"})
    void everydayTextIsPlain(String text) {
        assertTrue(PlainText.Check.isPlain(text));
    }
}
