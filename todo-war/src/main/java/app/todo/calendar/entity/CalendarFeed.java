package app.todo.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's calendar feed (C1): the secret part of its address. Kept as it is (not hashed, unlike passwords, sessions
 * and API tokens) so that the page can show the address again: it reads what the database holds anyway, and changes
 * nothing.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, updatable = false, length = 43)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(long accountId, String secret) {
        this.accountId = accountId;
        this.secret = secret;
        this.createdAt = Instant.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
