package app.todo.account.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.HashingBusyException;
import app.todo.account.entity.SignInOutcome;
import app.todo.platform.control.Causes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Optional;

/** A sign-in attempt, from the page or HTTP Basic alike: throttled, then checked by the identity store. */
@ApplicationScoped
public class SignIns {

    @Inject
    SignInThrottle throttle;

    @Inject
    IdentityStoreHandler identityStores;

    public SignInOutcome attempt(String name, String password, String address) {
        String nameKey = Account.key(name);
        Optional<Duration> wait = throttle.waitBefore(nameKey, address);
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(
                    new UsernamePasswordCredential(name == null ? "" : name, password == null ? "" : password));
        } catch (RuntimeException e) {
            if (Causes.contain(e, HashingBusyException.class)) {
                return new SignInOutcome.Busy(Duration.ofSeconds(HashingBusyException.RETRY_AFTER_SECONDS));
            }
            throw e;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(nameKey, address);
            return new SignInOutcome.Refused();
        }
        throttle.clear(nameKey);
        return new SignInOutcome.Accepted(
                Long.parseLong(result.getCallerUniqueId()),
                result.getCallerPrincipal().getName());
    }

    /** How long the account's name or this address must wait before the next attempt, if at all. */
    public Optional<Duration> waitBefore(String name, String address) {
        return throttle.waitBefore(Account.key(name), address);
    }

    /** A wrong password given elsewhere than the sign-in (the change-password form) counts as a failed sign-in. */
    public void recordFailure(String name, String address) {
        throttle.recordFailure(Account.key(name), address);
    }
}
