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

/**
 * Text a person typed: names, addresses, reasons. Markup characters and control characters are refused at the
 * door, because these texts end up on printed posters, in CSV exports opened in spreadsheets and in pages.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "{sitepass.validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Formula prefixes (=, +, @) are legitimate in text; neutralising them is the CSV writer's job. */
    class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        /** Also refuses invisible format characters (bidi overrides, zero-width joiners) and line separators. */
        public static boolean isPlain(String value) {
            return value.codePoints().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029');
        }
    }
}
