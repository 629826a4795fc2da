package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    @ParameterizedTest
    @ValueSource(strings = {"org/sitepass/platform/messages", "org/sitepass/platform/faces", "ValidationMessages",
            "org/sitepass/sites/messages", "org/sitepass/vendors/messages",
            "org/sitepass/devices/messages", "org/sitepass/inspections/messages"})
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        for (String language : List.of("_zh", "_en")) {
            List<String> keys = lines(bundle + language + ".properties").stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('='))).toList();
            assertEquals(new TreeSet<>(keys).size(), keys.size(), bundle + language + " defines a key twice: "
                    + keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList());
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
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
