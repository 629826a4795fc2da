package org.sitepass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module map of the module map (README.md, Architecture) as rules over a root package: who may use whom, only through the used module's
 * root package (its API), no cycles, and each kind of class in its layer.
 */
final class ModuleRules {

    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("platform", Set.of());
        MAY_USE.put("residents", Set.of("platform"));
        MAY_USE.put("sites", Set.of("platform"));
        MAY_USE.put("vendors", Set.of("platform"));
        MAY_USE.put("devices", Set.of("platform", "vendors", "sites"));
        MAY_USE.put("tracing", Set.of("platform", "residents", "sites", "devices"));
        MAY_USE.put("inspections", Set.of("platform", "sites", "devices", "vendors"));
    }

    static final List<String> LAYERS = List.of("boundary", "control", "entity");

    private ModuleRules() {
    }

    /** For each module: no dependency on modules it may not use, nor on the insides of those it may. */
    static List<ArchRule> dependencies(String root) {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.forEach((module, allowed) -> {
            List<String> forbidden = new ArrayList<>();
            for (String other : MAY_USE.keySet()) {
                if (other.equals(module)) {
                    continue;
                }
                if (allowed.contains(other)) {
                    LAYERS.forEach(layer -> forbidden.add(root + "." + other + "." + layer + ".."));
                } else {
                    forbidden.add(root + "." + other + "..");
                }
            }
            rules.add(noClasses().that().resideInAPackage(root + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as("module " + module + " uses only " + allowed + ", and only through their API packages")
                    .allowEmptyShould(true));
        });
        return rules;
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    static List<ArchRule> layers(String root) {
        String entity = root + ".*.entity..";
        String boundary = root + ".*.boundary..";
        return List.of(
                classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage(entity)
                        .as("JPA entities live in entity packages").allowEmptyShould(true),
                classes().that().areAnnotatedWith(Path.class).or().areAssignableTo(Application.class)
                        .should().resideInAPackage(boundary)
                        .as("JAX-RS resources live in boundary packages").allowEmptyShould(true),
                classes().that().areAnnotatedWith(Named.class)
                        .should().resideInAPackage(boundary)
                        .as("beans named for pages live in boundary packages").allowEmptyShould(true),
                classes().that().areAssignableTo(Servlet.class).or().areAssignableTo(Filter.class)
                        .should().resideInAPackage(boundary)
                        .as("servlets and filters live in boundary packages").allowEmptyShould(true));
    }

    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new ArrayList<>(dependencies(root));
        rules.add(noCycles(root));
        rules.addAll(layers(root));
        return rules;
    }
}
