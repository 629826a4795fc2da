package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormTextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
    void anEmptyFieldIsNotGiven(String value) {
        assertNull(FormText.given(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"联华超市", "  联华超市 ", "\u3000联华超市\t"})
    void whatIsGivenLosesTheSpacesAroundIt(String value) {
        assertEquals("联华超市", FormText.given(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310000607216596u", " 91310000607216596U "})
    void aCodeIsGivenInCapitals(String value) {
        assertEquals("91310000607216596U", FormText.givenInCapitals(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void anEmptyCodeIsNotGiven(String value) {
        assertNull(FormText.givenInCapitals(value));
    }
}
