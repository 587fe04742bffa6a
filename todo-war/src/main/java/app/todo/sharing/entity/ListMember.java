package app.todo.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account that accepted an invitation to a list (H2), with what it may do there (H3). */
@Entity
@Table(name = "list_member")
public class ListMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private long listId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "can_edit", nullable = false)
    private boolean canEdit;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected ListMember() {
        // for JPA
    }

    public ListMember(long listId, long accountId, ListRole role) {
        this.listId = listId;
        this.accountId = accountId;
        this.canEdit = role == ListRole.EDIT;
        this.joinedAt = Instant.now();
    }

    public long getListId() {
        return listId;
    }

    public long getAccountId() {
        return accountId;
    }

    public ListRole getRole() {
        return ListRole.of(canEdit);
    }

    public void setRole(ListRole role) {
        this.canEdit = role == ListRole.EDIT;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
