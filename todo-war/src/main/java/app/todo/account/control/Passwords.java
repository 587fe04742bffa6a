package app.todo.account.control;

import app.todo.account.entity.HashingBusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Password rules and hashing. The hash is Jakarta Security's PBKDF2 at OWASP's parameters for
 * PBKDF2-HMAC-SHA512 (210,000 iterations); each stored hash names its own parameters, so raising them later
 * keeps the old hashes readable. Every hash and verification of a request passes the {@link HashingBulkhead}.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String COMMON_LIST = "/app/todo/account/common-passwords.txt";

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    HashingBulkhead bulkhead;

    private Set<String> common;
    /** Verified when the name is unknown, so that an unknown name costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        common = readCommon();
        decoy = hash.generate("decoy password, never accepted".toCharArray());
    }

    /** @throws HashingBusyException when the bulkhead is full */
    public String hash(String password) {
        return bounded(() -> hash.generate(password.toCharArray()));
    }

    /** @throws HashingBusyException when the bulkhead is full */
    public boolean verify(String password, String storedHash) {
        return bounded(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /** Spends the time of one verification, for an unknown name. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    private <T> T bounded(Supplier<T> hashing) {
        try {
            return bulkhead.run(hashing).toCompletableFuture().join();
        } catch (BulkheadException full) {
            throw new HashingBusyException(full);
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof BulkheadException full) {
                throw new HashingBusyException(full);
            }
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** @return the message key of what is wrong with a new password, if anything */
    public Optional<String> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.too-long");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> readCommon() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = Passwords.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
