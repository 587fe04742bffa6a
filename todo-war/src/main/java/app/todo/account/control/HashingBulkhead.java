package app.todo.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * The one gate of password hashing, the dearest work a request can ask for (Argon2id: about 0.12 s of a core and
 * 7 MiB of heap; a hash of the PBKDF2 era about 0.7 s): at most {@code value} hashes at once (the two cores of the machines we size for; under a pod's limit of one CPU they share it), {@code waitingTaskQueue}
 * waiting, any further refused at once with a {@code BulkheadException}. Sign-in, account creation and password
 * change all pass through it, so a handful of clients cannot take both cores. Both numbers are MicroProfile Fault
 * Tolerance settings ({@code app.todo.account.control.HashingBulkhead/run/Bulkhead/value}).
 */
@ApplicationScoped
public class HashingBulkhead {

    @Asynchronous
    @Bulkhead(value = 2, waitingTaskQueue = 4)
    public <T> CompletionStage<T> run(Supplier<T> hashing) {
        return CompletableFuture.completedFuture(hashing.get());
    }
}
