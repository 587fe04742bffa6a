package app.todo.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/** A Bean Validation refusal's text in a chosen language (the page's; the API answers in English). */
@ApplicationScoped
public class ViolationTexts {

    @Inject
    ValidatorFactory validatorFactory;

    public String text(ConstraintViolation<?> violation, Locale locale) {
        return validatorFactory
                .getMessageInterpolator()
                .interpolate(violation.getMessageTemplate(), contextOf(violation), locale);
    }

    private static MessageInterpolator.Context contextOf(ConstraintViolation<?> violation) {
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
                return violation.unwrap(type);
            }
        };
    }
}
