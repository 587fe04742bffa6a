package app.todo.account.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.SignInOutcome;
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
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(name == null ? "" : name, password == null ? "" : password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(nameKey, address);
            return new SignInOutcome.Refused();
        }
        throttle.clear(nameKey);
        return new SignInOutcome.Accepted(Long.parseLong(result.getCallerUniqueId()), result.getCallerPrincipal().getName());
    }
}
