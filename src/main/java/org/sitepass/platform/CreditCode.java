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
 * A unified social credit code (统一社会信用代码) whose 18th character is the check character of GB 32100-2015.
 * Empty values pass; whether the code is required is a separate rule.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = CreditCode.Check.class)
public @interface CreditCode {

    String message() default "{sitepass.validation.creditCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** GB 32100-2015: a base-31 alphabet without I, O, S, V, Z, and weights 3^(i) mod 31. */
    class Check implements ConstraintValidator<CreditCode, String> {

        static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || isValid(value);
        }

        public static boolean isValid(String code) {
            if (code.length() != 18) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int digit = ALPHABET.indexOf(code.charAt(i));
                if (digit < 0) {
                    return false;
                }
                sum += digit * WEIGHTS[i];
            }
            int check = (31 - sum % 31) % 31;
            return code.charAt(17) == ALPHABET.charAt(check);
        }
    }
}
