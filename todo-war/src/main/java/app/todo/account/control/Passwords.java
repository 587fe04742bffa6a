package app.todo.account.control;

import app.todo.account.entity.HashingBusyException;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Password rules and hashing (A3). A new hash is Argon2id at one of OWASP's settings (7 MiB, 5 passes, one lane, a
 * 16-byte salt) in the PHC string format, through Password4j: about 0.12 s of one core with C1 only, as shipped. A
 * stored hash names its own parameters, so raising them later keeps the old hashes readable. Hashes of the PBKDF2 era
 * (Jakarta Security's PBKDF2-HMAC-SHA512 at 210,000 iterations) still verify, and {@link #isOutdated} tells the
 * sign-in to replace them: PBKDF2 is SHA-512 rounds, fast only with C2's intrinsic (0.7 s a sign-in with C1).
 * Every hash and verification of a request passes the {@link HashingBulkhead}.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String COMMON_LIST = "/app/todo/account/common-passwords.txt";
    private static final int MEMORY_KIB = 7 * 1024;
    private static final int PASSES = 5;
    private static final int SALT_BYTES = 16;
    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, PASSES, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    /** How every hash made with today's parameters begins. */
    private static final String CURRENT = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=1$";
    /** A PBKDF2 hash of a random text that was thrown away: it costs a PBKDF2 verification and matches nothing. */
    private static final String PBKDF2_DECOY =
            "PBKDF2WithHmacSHA512:210000:FzBKf9RGbIgVis7ORCHP5BkTMlh34nHkoY+nMaS7c1c=:"
                    + "22CfQPnkmg/TM0RX7bd49eFkyCehowVPbOsqGpZV14o1E5MvOuZxN8JeI97QRHqVdAEX60BIjNtg8no+5+aVGw==";

    /** The two kinds of stored hash: today's, and that of the accounts made before it. */
    enum Kind {
        ARGON2ID,
        PBKDF2;

        static Kind of(String storedHash) {
            return storedHash.startsWith("$argon2") ? ARGON2ID : PBKDF2;
        }
    }

    /** Reads the hashes of the PBKDF2 era; each names its algorithm, iterations and salt. */
    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    HashingBulkhead bulkhead;

    private final SecureRandom random = new SecureRandom();
    private Set<String> common;
    /** An Argon2id hash verified after a refusal that did not verify one (A4). */
    private String decoy;

    @PostConstruct
    void init() {
        common = readCommon();
        decoy = argon2id("decoy password, never accepted");
    }

    /** @throws HashingBusyException when the bulkhead is full */
    public String hash(String password) {
        return bounded(() -> argon2id(password));
    }

    /** @throws HashingBusyException when the bulkhead is full */
    public boolean verify(String password, String storedHash) {
        return bounded(() -> Kind.of(storedHash) == Kind.ARGON2ID
                ? Argon2Function.getInstanceFromHash(storedHash)
                        .check(password.getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8))
                : pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /** Whether a stored hash was made otherwise than {@link #hash} makes one today: replace it once verified. */
    public boolean isOutdated(String storedHash) {
        return !storedHash.startsWith(CURRENT);
    }

    private String argon2id(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return ARGON2ID.hash(password.getBytes(StandardCharsets.UTF_8), salt).getResult();
    }

    /**
     * Spends, after a refusal, what makes every refusal cost the same (A4): an unknown name, a wrong password for an
     * account with today's hash, and one for an account with a PBKDF2 hash.
     *
     * @param refusedHash the hash the password did not match; null for an unknown name
     * @param pbkdf2Remains whether some account still holds a PBKDF2 hash
     */
    public void spendAsAnyRefusal(String password, String refusedHash, boolean pbkdf2Remains) {
        for (Kind decoyKind : decoysAfter(refusedHash == null ? null : Kind.of(refusedHash), pbkdf2Remains)) {
            verify(password, decoyKind == Kind.ARGON2ID ? decoy : PBKDF2_DECOY);
        }
    }

    /**
     * The decoys verified after a refusal, so that each refusal has verified one hash of each kind in use: one of
     * today's, and a PBKDF2 one while such hashes remain.
     */
    static List<Kind> decoysAfter(Kind verified, boolean pbkdf2Remains) {
        List<Kind> decoys = new ArrayList<>();
        if (verified != Kind.ARGON2ID) {
            decoys.add(Kind.ARGON2ID);
        }
        if (pbkdf2Remains && verified != Kind.PBKDF2) {
            decoys.add(Kind.PBKDF2);
        }
        return decoys;
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
