package org.sitepass.platform;

import java.util.List;

/**
 * Input that passed its format checks but breaks a rule only the module can check (an unknown district, a
 * street of another district). Answered like a Bean Validation failure: 400, naming each field.
 */
public class InvalidInput extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, ModuleText text) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, ModuleText text) {
        return new InvalidInput(List.of(new FieldProblem(field, text)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
