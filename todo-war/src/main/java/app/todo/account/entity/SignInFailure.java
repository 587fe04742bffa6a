package app.todo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in, kept for the throttle's window. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    public static final int NAME_KEY_MAX_LENGTH = 160;
    public static final int ADDRESS_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_key", nullable = false, length = NAME_KEY_MAX_LENGTH)
    private String nameKey;

    @Column(nullable = false, length = ADDRESS_MAX_LENGTH)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
        // for JPA
    }

    public SignInFailure(String nameKey, String address, Instant failedAt) {
        this.nameKey = truncated(nameKey, NAME_KEY_MAX_LENGTH);
        this.address = truncated(address, ADDRESS_MAX_LENGTH);
        this.failedAt = failedAt;
    }

    public static String truncated(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
