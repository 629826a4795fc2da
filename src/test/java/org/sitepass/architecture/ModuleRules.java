package org.sitepass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The module map of docs/DESIGN.md as rules over a root package: every package belongs to a module of the map, each
 * module uses only the modules it may and only through their root package (their API), no cycles, and inside a
 * module each kind of class in its layer, lower layers unaware of higher ones.
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
        MAY_USE.put("inspections", Set.of("platform", "sites", "devices", "vendors", "tracing"));
    }

    static final List<String> LAYERS = List.of("boundary", "control", "entity");

    static final String MAPPED = "every package under the root belongs to a module of the module map";
    static final String IN_A_LAYER = "a module's classes live in its root package or in its boundary, control or"
            + " entity package";
    static final String ENTITY_BELOW = "entities depend on nothing above them in their module: not control,"
            + " not boundary";
    static final String CONTROL_BELOW = "control depends on nothing above it in its module: not boundary";
    static final String NO_WEB_API = "control and entity use no web API (jakarta.faces, jakarta.ws.rs,"
            + " jakarta.servlet); boundary and a module's root package may, e.g. platform.PageRequest reads the"
            + " faces context for the pages of every module";
    static final String NO_CYCLES = "modules do not use each other in a cycle";
    static final String NO_REMOTE_CALL_IN_TRANSACTION = "classes that run in a transaction do not call, directly or"
            + " through other classes, a remote service (java.net.http, jakarta.ws.rs.client: Keycloak's admin API):"
            + " an audit entry written in the transaction holds the chain-head lock until it commits";

    private ModuleRules() {
    }

    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new ArrayList<>(List.of(mapped(root), inALayer(root)));
        rules.addAll(dependencies(root));
        rules.add(noCycles(root));
        rules.addAll(layers(root));
        rules.addAll(layerDirection(root));
        rules.add(noWebApi(root));
        rules.add(noRemoteCallInTransaction(root));
        return rules;
    }

    static ArchRule mapped(String root) {
        return classes().should().resideInAnyPackage(modulePackages(root)).as(MAPPED).allowEmptyShould(true);
    }

    /** Only classes of mapped modules: a stray package is the business of {@link #mapped}. */
    static ArchRule inALayer(String root) {
        List<String> homes = new ArrayList<>(List.of(root + ".*"));
        LAYERS.forEach(layer -> homes.add(root + ".*." + layer + ".."));
        return classes().that().resideInAnyPackage(modulePackages(root))
                .should().resideInAnyPackage(homes.toArray(String[]::new)).as(IN_A_LAYER).allowEmptyShould(true);
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
                    .as(usesOnly(module))
                    .allowEmptyShould(true));
        });
        return rules;
    }

    static String usesOnly(String module) {
        return "module " + module + " uses only " + String.join(", ", new TreeSet<>(MAY_USE.get(module)))
                + ", and only through their API packages";
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().as(NO_CYCLES).allowEmptyShould(true);
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

    /** Within each module, boundary → control → entity, never back. */
    static List<ArchRule> layerDirection(String root) {
        return List.of(below(root, "entity", List.of("control", "boundary"), ENTITY_BELOW),
                below(root, "control", List.of("boundary"), CONTROL_BELOW));
    }

    static ArchRule noWebApi(String root) {
        return noClasses().that().resideInAnyPackage(root + ".*.control..", root + ".*.entity..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.servlet..")
                .as(NO_WEB_API).allowEmptyShould(true);
    }

    /**
     * A class runs in a transaction when it or one of its methods is {@code @Transactional} with a type that starts
     * or joins one. {@code NOT_SUPPORTED} classes (such as the devices' credential steps) may call out, and the
     * transactional steps they call commit before the call.
     */
    static ArchRule noRemoteCallInTransaction(String root) {
        return noClasses().that().resideInAPackage(root + "..").and(RUNS_IN_TRANSACTION)
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("java.net.http..",
                        "jakarta.ws.rs.client..")
                .as(NO_REMOTE_CALL_IN_TRANSACTION).allowEmptyShould(true);
    }

    private static final DescribedPredicate<JavaClass> RUNS_IN_TRANSACTION =
            new DescribedPredicate<>("run in a transaction") {
                @Override
                public boolean test(JavaClass type) {
                    return inTransaction(type) || type.getMethods().stream().anyMatch(ModuleRules::inTransaction);
                }
            };

    private static boolean inTransaction(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(Transactional.class)
                .map(transactional -> transactional.value() != Transactional.TxType.NOT_SUPPORTED
                        && transactional.value() != Transactional.TxType.NEVER
                        && transactional.value() != Transactional.TxType.SUPPORTS)
                .orElse(false);
    }

    private static ArchRule below(String root, String layer, List<String> above, String description) {
        List<ArchRule> perModule = new ArrayList<>();
        for (String module : MAY_USE.keySet()) {
            String prefix = root + "." + module + ".";
            perModule.add(noClasses().that().resideInAPackage(prefix + layer + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above.stream()
                            .map(higher -> prefix + higher + "..").toArray(String[]::new))
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(perModule).as(description);
    }

    private static String[] modulePackages(String root) {
        return MAY_USE.keySet().stream().map(module -> root + "." + module + "..").toArray(String[]::new);
    }
}
