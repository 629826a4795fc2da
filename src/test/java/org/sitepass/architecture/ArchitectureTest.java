package org.sitepass.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * SitePass keeps its module map, and each rule of the map catches the fixture (archfixture.*) made to break it:
 * that rule and no other, naming the class at fault, so that a rule that silently stops matching fails here.
 */
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
    void usingAnAllowedModuleThroughItsApiPasses() {
        assertBreaks("archfixture.tidy", Map.of());
    }

    @Test
    void reachingIntoAnotherModulesInsidesFails() {
        assertBreaks("archfixture.leaky",
                Map.of(ModuleRules.usesOnly("devices"), "archfixture.leaky.devices.control.Deployments"));
    }

    @Test
    void usingAModuleTheMapDoesNotAllowFails() {
        assertBreaks("archfixture.forbidden",
                Map.of(ModuleRules.usesOnly("sites"), "archfixture.forbidden.sites.Sites"));
    }

    /** The map has no cycle, so every cycle also uses a module the map does not allow. */
    @Test
    void aCycleBetweenModulesFails() {
        assertBreaks("archfixture.cyclic", Map.of(
                ModuleRules.NO_CYCLES, "archfixture.cyclic.sites.Sites",
                ModuleRules.usesOnly("sites"), "archfixture.cyclic.sites.Sites",
                ModuleRules.usesOnly("vendors"), "archfixture.cyclic.vendors.Vendors"));
    }

    @Test
    void anEntityOutsideEntityFails() {
        assertBreaks("archfixture.misplaced",
                Map.of("JPA entities live in entity packages", "archfixture.misplaced.sites.control.Venue"));
    }

    @Test
    void aResourceOutsideBoundaryFails() {
        assertBreaks("archfixture.strayresource", Map.of("JAX-RS resources live in boundary packages",
                "archfixture.strayresource.sites.ReviewsResource"));
    }

    @Test
    void aBeanNamedForPagesOutsideBoundaryFails() {
        assertBreaks("archfixture.straybean", Map.of("beans named for pages live in boundary packages",
                "archfixture.straybean.sites.ReviewPage"));
    }

    @Test
    void aFilterOutsideBoundaryFails() {
        assertBreaks("archfixture.strayfilter", Map.of("servlets and filters live in boundary packages",
                "archfixture.strayfilter.sites.LanguageFilter"));
    }

    @Test
    void anEntityUsingItsModulesControlFails() {
        assertBreaks("archfixture.upwardentity",
                Map.of(ModuleRules.ENTITY_BELOW, "archfixture.upwardentity.sites.entity.Venue"));
    }

    @Test
    void controlUsingItsModulesBoundaryFails() {
        assertBreaks("archfixture.upwardcontrol",
                Map.of(ModuleRules.CONTROL_BELOW, "archfixture.upwardcontrol.sites.control.Reviews"));
    }

    @Test
    void controlSpeakingHttpFails() {
        assertBreaks("archfixture.webincontrol",
                Map.of(ModuleRules.NO_WEB_API, "archfixture.webincontrol.sites.control.Reviews"));
    }

    @Test
    void aTransactionReachingARemoteCallFails() {
        assertBreaks("archfixture.remoteintx", Map.of(ModuleRules.NO_REMOTE_CALL_IN_TRANSACTION,
                "archfixture.remoteintx.devices.control.Registry"));
    }

    @Test
    void aPackageOutsideTheModuleMapFails() {
        assertBreaks("archfixture.unmapped", Map.of(ModuleRules.MAPPED, "archfixture.unmapped.util.Strings"));
    }

    @Test
    void aModulePackageOutsideTheLayersFails() {
        assertBreaks("archfixture.stray", Map.of(ModuleRules.IN_A_LAYER, "archfixture.stray.sites.support.Texts"));
    }

    /** Evaluates every rule alone: exactly the rules named (by description) break, each naming its offender. */
    private static void assertBreaks(String root, Map<String, String> offenderByRule) {
        JavaClasses classes = fixture(root);
        Map<String, List<String>> broken = new TreeMap<>();
        for (ArchRule rule : ModuleRules.all(root)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                broken.put(rule.getDescription(), result.getFailureReport().getDetails());
            }
        }
        assertEquals(new TreeMap<>(offenderByRule).keySet(), broken.keySet(), "the rules broken by " + root);
        offenderByRule.forEach((rule, offender) -> assertTrue(
                broken.get(rule).stream().anyMatch(detail -> detail.contains(offender)),
                rule + " names " + offender + ": " + broken.get(rule)));
    }

    private static JavaClasses fixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertFalse(classes.isEmpty(), "fixture " + root + " exists");
        return classes;
    }
}
