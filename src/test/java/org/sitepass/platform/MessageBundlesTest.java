package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in Chinese and in English, none is left empty, and every text a page names exists. The bundles
 * are found in src/main/resources, so a new module's bundle is checked without a change here.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern TRANSLATION = Pattern.compile("(messages|faces|ValidationMessages)_zh\\.properties");
    private static final Pattern PAGE_BUNDLE = Pattern.compile(
            "<base-name>([^<]+)</base-name>\\s*<var>([^<]+)</var>");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.map(RESOURCES::relativize).map(Path::toString)
                    .filter(file -> TRANSLATION.matcher(Path.of(file).getFileName().toString()).matches())
                    .map(file -> file.substring(0, file.length() - "_zh.properties".length()))
                    .sorted().toList();
        }
    }

    @Test
    void theScanFindsTheBundles() throws IOException {
        List<String> found = bundles();
        for (String bundle : List.of("ValidationMessages", "org/sitepass/platform/faces",
                "org/sitepass/platform/messages")) {
            assertTrue(found.contains(bundle), bundle + " among " + found);
        }
        pageBundles().values().forEach(bundle -> assertTrue(found.contains(bundle), bundle + " among " + found));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> chinese = load(bundle + "_zh").stringPropertyNames();
        Set<String> english = load(bundle + "_en").stringPropertyNames();
        assertEquals(Set.of(), missing(english, chinese), bundle + "_en has keys that _zh lacks");
        assertEquals(Set.of(), missing(chinese, english), bundle + "_zh has keys that _en lacks");
        assertTrue(load(bundle).isEmpty(), "the base bundle " + bundle + " stays empty");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsEmpty(String bundle) throws IOException {
        for (String language : List.of("_zh", "_en")) {
            Properties texts = load(bundle + language);
            Set<String> empty = new TreeSet<>();
            texts.forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    empty.add(key.toString());
                }
            });
            assertEquals(Set.of(), empty, bundle + language + " has empty texts");
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        for (String language : List.of("_zh", "_en")) {
            List<String> keys = Files.readAllLines(RESOURCES.resolve(bundle + language + ".properties")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('='))).toList();
            assertEquals(new TreeSet<>(keys).size(), keys.size(), bundle + language + " defines a key twice: "
                    + keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList());
        }
    }

    /**
     * Literal keys only ({@code #{sites['status.title']}}); keys put together at run time
     * ({@code 'status.'.concat(v.status())}) cannot be read from the page.
     */
    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Map<String, String> bundleByVar = pageBundles();
        Pattern lookUp = Pattern.compile("(?<![\\w.])(" + String.join("|", bundleByVar.keySet())
                + ")\\['([^']+)'\\]");
        Map<String, Set<String>> keysByVar = new TreeMap<>();
        for (Map.Entry<String, String> page : bundleByVar.entrySet()) {
            keysByVar.put(page.getKey(), load(page.getValue() + "_zh").stringPropertyNames());
        }
        Set<String> unknown = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                Matcher m = lookUp.matcher(Files.readString(page));
                while (m.find()) {
                    found++;
                    if (!keysByVar.get(m.group(1)).contains(m.group(2))) {
                        unknown.add(PAGES.relativize(page) + ": " + m.group(1) + "['" + m.group(2) + "']");
                    }
                }
            }
        }
        assertTrue(found > 0, "the pages' look-ups were found");
        assertEquals(Set.of(), unknown, "texts the pages name but no bundle has");
    }

    /** The page variables of faces-config.xml and the bundles they stand for. */
    private static Map<String, String> pageBundles() throws IOException {
        Matcher m = PAGE_BUNDLE.matcher(Files.readString(PAGES.resolve("WEB-INF/faces-config.xml")));
        Map<String, String> bundles = new TreeMap<>();
        while (m.find()) {
            bundles.put(m.group(2).strip(), m.group(1).strip().replace('.', '/'));
        }
        assertTrue(bundles.containsKey("msg"), "faces-config.xml names the platform bundle msg");
        return bundles;
    }

    private static Set<String> missing(Set<String> keys, Set<String> from) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(from);
        return missing;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
