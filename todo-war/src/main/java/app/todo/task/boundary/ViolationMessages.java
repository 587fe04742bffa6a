package app.todo.task.boundary;

import app.todo.platform.control.ViolationTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;

/** Shows Bean Validation refusals on the page, in the language of the page (the API answers in English). */
@ApplicationScoped
public class ViolationMessages {

    @Inject
    ViolationTexts texts;

    public void show(ConstraintViolationException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        for (ConstraintViolation<?> violation : refusal.getConstraintViolations()) {
            String text = texts.text(violation, locale);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
