package app.todo.account.entity;

import app.todo.task.entity.SingleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token (A14): a script's credential, named by its owner, read only or read and write, with an
 * optional expiry. The token itself ({@code tdo_} and 43 random characters) is shown once; this row holds its
 * SHA-256.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final String PREFIX = "tdo_";
    public static final int NAME_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @NotBlank(message = "{token.name.blank}")
    @Size(max = NAME_MAX_LENGTH, message = "{token.name.too-long}")
    @SingleLine
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "can_write", nullable = false, updatable = false)
    private boolean canWrite;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(long accountId, String name, String tokenHash, boolean canWrite, TokenLifetime lifetime) {
        this.accountId = accountId;
        this.name = name == null ? null : name.strip();
        this.tokenHash = tokenHash;
        this.canWrite = canWrite;
        this.createdAt = Instant.now();
        this.expiresAt = lifetime.expiry(createdAt).orElse(null);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(Instant lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }
}
