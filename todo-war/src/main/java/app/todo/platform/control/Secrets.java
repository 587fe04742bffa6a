package app.todo.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random secrets a person is given (session cookies, API tokens, calendar feed addresses) and the SHA-256 by
 * which the database knows them: 256 random bits need no slow hash, and a copy of the table opens nothing.
 */
public final class Secrets {

    /** The length of {@link #random()}: 32 bytes in URL-safe Base64 without padding. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 32 random bytes, URL-safe Base64 without padding: fits a cookie, a header and a path alike. */
    public static String random() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether the text has the shape of {@link #random()}: what is looked up, nothing else. */
    public static boolean isWellFormed(String secret) {
        if (secret == null || secret.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = secret.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the text, in hexadecimal: what the tables keep. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
