package app.todo.platform.boundary;

import app.todo.platform.control.Causes;
import app.todo.platform.control.LogText;
import app.todo.sharing.entity.NotListOwnerException;
import app.todo.storage.control.DatabaseFailures;
import app.todo.task.entity.ListReadOnlyException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns failures on the page into answers a person understands, for plain and Ajax requests alike:
 * an expired view goes back to the list with a message, an unreachable database answers 503, anything
 * else 500; never a stack trace.
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageFailureHandler.class.getName());

    public PageFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                answer(context, failure);
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Could not answer a failed page request: " + e);
            }
            context.responseComplete();
            return;
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext context, Throwable failure) throws IOException {
        ExternalContext external = context.getExternalContext();
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        // A view state that cannot be restored (expired, from another version, tampered with) is not a bug here.
        if (Causes.contain(failure, ViewExpiredException.class)
                || context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW) {
            LOG.info(() -> "Unrestorable view posted to " + LogText.of(external.getRequestServletPath())
                    + "; back to the list: " + LogText.of(DatabaseFailures.describe(failure)));
            external.redirect(external.getRequestContextPath() + "/?expired=true");
            return;
        }
        int status;
        if (Causes.contain(failure, NotListOwnerException.class)
                || Causes.contain(failure, ListReadOnlyException.class)) {
            // A forged post on a shared list (the page offers no such control): refused, as the API refuses it.
            status = 403;
            LOG.info(() -> "Page answered 403: " + LogText.of(DatabaseFailures.describe(failure)));
        } else if (DatabaseFailures.isUnavailable(failure)) {
            status = 503;
            LOG.warning(() -> "Page answered 503, database unavailable: " + DatabaseFailures.describe(failure));
        } else {
            status = 500;
            LOG.log(Level.SEVERE, "Page failed: " + DatabaseFailures.describe(failure), failure);
        }
        if (ajax) {
            // An Ajax caller cannot show an error page: reload the list, which shows the error page in full.
            external.redirect(external.getRequestContextPath() + "/");
        } else if (!external.isResponseCommitted()) {
            external.responseReset();
            external.responseSendError(status, null);
        }
    }
}
