package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Chinese and in English, and none is left empty. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/sitepass/platform/messages", "org/sitepass/platform/faces", "ValidationMessages",
            "org/sitepass/sites/messages", "org/sitepass/vendors/messages",
            "org/sitepass/devices/messages", "org/sitepass/inspections/messages"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties chinese = load(bundle + "_zh.properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        assertTrue(load(bundle + ".properties").isEmpty(), "the base bundle stays empty");
        for (Properties texts : Set.of(chinese, english)) {
            texts.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
