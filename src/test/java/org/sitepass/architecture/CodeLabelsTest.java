package org.sitepass.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.LabelContribution;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.platform.Roles;

/**
 * Every code that the audit trail records, and every outcome and role it lists, has a name in Chinese and in
 * English in the bundles the modules contribute, so that an auditor never reads a bare code.
 */
class CodeLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/sitepass");
    /** An action is an upper-case literal in a file that builds audit records: that is the rule of AuditRecord. */
    private static final Pattern ACTION = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)*_?)\"");
    private static final Pattern OBJECT_TYPE = Pattern.compile(
            "(?:AuditRecord\\.success\\(|new AuditRecord\\()\\s*(?:\"[A-Z_]+\"|\\w+),\\s*\"([a-z_]+)\""
                    + "|OBJECT_TYPE = \"([a-z_]+)\"");

    private static final Labels LABELS = new Labels(contributions());

    @Test
    void everyRecordedActionIsNamedInBothLanguages() {
        Set<String> actions = found(ACTION);
        assertTrue(actions.containsAll(Set.of("LOGIN", "ACCESS_DENIED", "SITE_CODE_APPROVED",
                "DEVICE_DEPLOYMENT_ACCEPTED", "INSPECTION_ORDER_CLOSED")), "the scan finds the actions: " + actions);
        actions.forEach(action -> assertTrue(!action.endsWith("_"),
                action + " is the start of an action built at run time: spell each action out where it is recorded"));
        assertNamed(Labels.ACTION, actions);
    }

    @Test
    void everyAuditedObjectTypeIsNamedInBothLanguages() {
        Set<String> types = found(OBJECT_TYPE);
        assertTrue(types.containsAll(Set.of("session", "http_request", "venue", "inspection_order")),
                "the scan finds the object types: " + types);
        assertNamed(Labels.OBJECT, types);
    }

    @Test
    void everyOutcomeAndRoleIsNamedInBothLanguages() {
        assertNamed(Labels.OUTCOME, Stream.of(AuditOutcome.values()).map(Enum::name).toList());
        List<String> roles = new ArrayList<>(Roles.PEOPLE);
        roles.add(Roles.SENTRY);
        assertNamed(Labels.ROLE, roles);
    }

    private static void assertNamed(String kind, Iterable<String> codes) {
        for (String code : codes) {
            for (Locale language : Languages.SUPPORTED) {
                assertNotEquals(code, LABELS.of(kind, code, language),
                        "no module names the " + kind + " " + code + " in " + language + ": add "
                                + Labels.key(kind, code) + " to the recording module's bundle");
            }
        }
    }

    /** The first group that matched, in every source file that builds an audit record. */
    private static Set<String> found(Pattern pattern) {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).map(CodeLabelsTest::read)
                    .filter(source -> source.contains("AuditRecord"))
                    .forEach(source -> {
                        Matcher matcher = pattern.matcher(source);
                        while (matcher.find()) {
                            codes.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module's contribution as the container would find it, built without the container. */
    private static List<LabelContribution> contributions() {
        List<LabelContribution> all = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitepass")) {
            if (type.isAssignableTo(LabelContribution.class) && !type.isInterface()) {
                all.add(instance(type.reflect()));
            }
        }
        assertEquals(moduleBundles(), all.stream().map(LabelContribution::bundle).collect(Collectors.toSet()),
                "every module with texts contributes its bundle");
        return all;
    }

    private static Set<String> moduleBundles() {
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/org/sitepass"))) {
            return modules.filter(module -> Files.exists(module.resolve("messages_zh.properties")))
                    .map(module -> "org.sitepass." + module.getFileName() + ".messages").collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelContribution instance(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (LabelContribution) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be made without the container", e);
        }
    }
}
