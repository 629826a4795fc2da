package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation failures on API input become one 400 problem naming every field, with each message in the
 * caller's language (the runtime interpolates in the server's default language, so messages are redone here).
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Inject
    ValidatorFactory validatorFactory;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = ApiExceptionMappers.locale(headers);
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation.getPropertyPath()),
                        interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.validation(locale, errors).toResponse();
    }

    /**
     * A resource method's path reads {@code method.parameter.property...}; the client knows the field by the
     * part after the method and the body parameter.
     */
    static String fieldName(Path path) {
        String parameter = "";
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    properties.clear();
                }
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        properties.add(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException("no provider-specific context");
            }
        };
    }
}
