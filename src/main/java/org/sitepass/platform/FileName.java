package org.sitepass.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A file name a client states, checked by {@link FileNames}: refused rather than repaired, so the client knows. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = FileName.Check.class)
public @interface FileName {

    String message() default "{sitepass.validation.fileName}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Length is left to {@code @Size}, whose message says how long a name may be. */
    class Check implements ConstraintValidator<FileName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().noneMatch(FileNames::isRefused);
        }
    }
}
