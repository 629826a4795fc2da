package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void chineseUnlessEnglishIsPreferred() {
        assertEquals(Languages.CHINESE, Languages.choose(List.of()));
        assertEquals(Languages.CHINESE, Languages.choose(List.of(Locale.forLanguageTag("fr"))));
        assertEquals(Languages.ENGLISH, Languages.choose(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Languages.CHINESE,
                Languages.choose(List.of(Locale.forLanguageTag("zh-TW"), Locale.forLanguageTag("en"))));
        assertEquals(Languages.ENGLISH,
                Languages.choose(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en"))));
    }

    @Test
    void chineseTextsDoNotDependOnTheServersOwnLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("首页", Languages.platformText(Languages.CHINESE, "menu.home"));
            assertEquals("Home", Languages.platformText(Languages.ENGLISH, "menu.home"));
            assertEquals("no.such.key", Languages.platformText(Languages.ENGLISH, "no.such.key"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void tagsPickTheSupportedLanguage() {
        assertEquals(Languages.ENGLISH, Languages.byTag("en"));
        assertEquals(Languages.CHINESE, Languages.byTag("zh-CN"));
        assertEquals(Languages.CHINESE, Languages.byTag(null));
    }
}
