package org.sitepass.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SITEPASS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitepass");

    @Test
    void sitePassKeepsItsModuleMap() {
        ModuleRules.all("org.sitepass").forEach(rule -> rule.check(SITEPASS));
    }

    @Test
    void theRulesSeeEveryModule() {
        assertTrue(SITEPASS.containPackage("org.sitepass.platform.entity"), "the import found the code");
    }

    @Test
    void reachingIntoAnotherModulesInsidesFails() {
        assertViolated(ModuleRules.dependencies("archfixture.leaky"), "archfixture.leaky");
    }

    @Test
    void usingAModuleTheMapDoesNotAllowFails() {
        assertViolated(ModuleRules.dependencies("archfixture.forbidden"), "archfixture.forbidden");
    }

    @Test
    void usingAnAllowedModuleThroughItsApiPasses() {
        JavaClasses tidy = fixture("archfixture.tidy");
        ModuleRules.all("archfixture.tidy").forEach(rule -> rule.check(tidy));
    }

    @Test
    void anEntityOutsideEntityFails() {
        assertViolated(ModuleRules.layers("archfixture.misplaced"), "archfixture.misplaced");
    }

    @Test
    void aCycleBetweenModulesFails() {
        assertViolated(List.of(ModuleRules.noCycles("archfixture.cyclic")), "archfixture.cyclic");
    }

    private static void assertViolated(List<ArchRule> rules, String root) {
        JavaClasses classes = fixture(root);
        boolean violated = rules.stream().anyMatch(rule -> rule.evaluate(classes).hasViolation());
        assertTrue(violated, "the rules must catch the fixture " + root);
    }

    private static JavaClasses fixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertFalse(classes.isEmpty(), "fixture " + root + " exists");
        return classes;
    }
}
