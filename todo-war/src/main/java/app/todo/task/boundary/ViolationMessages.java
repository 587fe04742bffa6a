package app.todo.task.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/** Shows Bean Validation refusals on the page, in the language of the page (the API answers in English). */
@ApplicationScoped
public class ViolationMessages {

    @Inject
    ValidatorFactory validatorFactory;

    public void show(ConstraintViolationException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        for (ConstraintViolation<?> violation : refusal.getConstraintViolations()) {
            String text = validatorFactory
                    .getMessageInterpolator()
                    .interpolate(violation.getMessageTemplate(), contextOf(violation), locale);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
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
