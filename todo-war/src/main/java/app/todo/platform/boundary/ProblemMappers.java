package app.todo.platform.boundary;

import app.todo.calendar.entity.FeedFetchesThrottledException;
import app.todo.platform.control.Causes;
import app.todo.platform.control.Refusal;
import app.todo.sharing.entity.NotListOwnerException;
import app.todo.storage.control.DatabaseFailures;
import app.todo.task.entity.ListNotFoundException;
import app.todo.task.entity.ListReadOnlyException;
import app.todo.task.entity.TaskAddsThrottledException;
import app.todo.task.entity.TaskNotFoundException;
import app.todo.task.entity.TaskQuotaExceededException;
import app.todo.transfer.entity.ImportRefusedException;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/** Every failure of the API answers {@code application/problem+json}, never a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    @Provider
    public static class Refused implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException refusal) {
            ConstraintViolation<?> first =
                    refusal.getConstraintViolations().iterator().next();
            String field = first.getPropertyPath().toString();
            return Problem.response(400, "Invalid " + field, first.getMessage(), field);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<TaskNotFoundException> {
        @Override
        public Response toResponse(TaskNotFoundException missing) {
            return Problem.response(Response.Status.NOT_FOUND, "There is no task " + missing.id());
        }
    }

    @Provider
    public static class ListNotFound implements ExceptionMapper<ListNotFoundException> {
        @Override
        public Response toResponse(ListNotFoundException missing) {
            String detail = "There is no list " + missing.id();
            return missing.named()
                    ? Problem.response(400, "Invalid listId", detail, "listId")
                    : Problem.response(Response.Status.NOT_FOUND, detail);
        }
    }

    @Provider
    public static class RuleRefused implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal refused) {
            return Problem.response(409, "Conflict", refused.getMessage(), null);
        }
    }

    @Provider
    public static class Quota implements ExceptionMapper<TaskQuotaExceededException> {
        @Override
        public Response toResponse(TaskQuotaExceededException full) {
            return Problem.response(
                    409,
                    "Task limit reached",
                    "Your list holds " + full.limit() + " tasks, the most it may hold; delete some to add more",
                    null);
        }
    }

    @Provider
    public static class AddsThrottled implements ExceptionMapper<TaskAddsThrottledException> {
        @Override
        public Response toResponse(TaskAddsThrottledException throttled) {
            Response problem = Problem.response(
                    429,
                    "Too many adds",
                    "At most " + throttled.perMinute() + " tasks a minute; try again in "
                            + throttled.retryAfterSeconds() + " seconds",
                    null);
            return Response.fromResponse(problem)
                    .header("Retry-After", throttled.retryAfterSeconds())
                    .build();
        }
    }

    @Provider
    public static class FeedThrottled implements ExceptionMapper<FeedFetchesThrottledException> {
        @Override
        public Response toResponse(FeedFetchesThrottledException throttled) {
            return Response.fromResponse(Problem.response(429, "Too many fetches", throttled.getMessage(), null))
                    .header("Retry-After", throttled.retryAfterSeconds())
                    .build();
        }
    }

    @Provider
    public static class ImportRefused implements ExceptionMapper<ImportRefusedException> {
        @Override
        public Response toResponse(ImportRefusedException refused) {
            return Problem.response(
                    400, "The file cannot be imported", refused.getMessage() + "; nothing was stored", null);
        }
    }

    @Provider
    public static class NotOwner implements ExceptionMapper<NotListOwnerException> {
        @Override
        public Response toResponse(NotListOwnerException notOwner) {
            return Problem.response(403, "Forbidden", notOwner.getMessage(), null);
        }
    }

    @Provider
    public static class ReadOnly implements ExceptionMapper<ListReadOnlyException> {
        @Override
        public Response toResponse(ListReadOnlyException readOnly) {
            return Problem.response(403, "Forbidden", readOnly.getMessage(), null);
        }
    }

    /** A bulkhead full (the calendar feed, imports): busy now, not broken. */
    @Provider
    public static class Busy implements ExceptionMapper<BulkheadException> {
        @Override
        public Response toResponse(BulkheadException full) {
            return Response.fromResponse(Problem.response(
                            503,
                            "Busy",
                            "The server is busy with other requests of this kind; try again shortly",
                            null))
                    .header("Retry-After", "5")
                    .build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException conflict) {
            return Problem.response(
                    Response.Status.CONFLICT, "It was changed by someone else meanwhile; read it again and retry");
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unsupported media type...) in problem form. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException failure) {
            Response original = failure.getResponse();
            if (original.getEntity() instanceof Problem) {
                return original;
            }
            Response.StatusType status = original.getStatusInfo();
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail(failure, status), null));
            if (original.getHeaderString("Allow") != null) {
                answer.header("Allow", original.getHeaderString("Allow"));
            }
            return answer.build();
        }

        private static String detail(WebApplicationException failure, Response.StatusType status) {
            return switch (status.getStatusCode()) {
                case 404 -> "Nothing is here";
                case 405 -> "This method is not allowed here";
                case 406 -> "This resource answers application/json";
                case 415 -> "Send the body as application/json";
                default ->
                    status.getFamily() == Response.Status.Family.CLIENT_ERROR
                            ? failure.getMessage()
                            : "The request could not be served";
            };
        }
    }

    /**
     * A transaction that failed at commit (the database lost meanwhile): ours, ahead of the one Jersey's CDI
     * integration brings, which fails on such a cause and leaves a bare 500.
     */
    @Provider
    @Priority(1)
    public static class TransactionFailed implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException failure) {
            return new Unexpected().toResponse(failure);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            if (DatabaseFailures.isUnavailable(failure)) {
                LOG.warning(() -> "API answered 503, database unavailable: " + DatabaseFailures.describe(failure));
                return Response.fromResponse(Problem.response(
                                Response.Status.SERVICE_UNAVAILABLE,
                                "The database is unavailable right now; try again shortly"))
                        .header("Retry-After", "5")
                        .build();
            }
            if (failure instanceof OptimisticLockException || Causes.contain(failure, OptimisticLockException.class)) {
                return new Conflict().toResponse(null);
            }
            LOG.log(Level.SEVERE, "API failed: " + DatabaseFailures.describe(failure), failure);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
        }
    }
}
