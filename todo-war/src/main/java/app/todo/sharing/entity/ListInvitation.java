package app.todo.sharing.entity;

import app.todo.account.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation to a list, for a user name (H1): whoever holds that name may accept or decline it. */
@Entity
@Table(name = "list_invitation")
public class ListInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private long listId;

    @Column(nullable = false, updatable = false, length = Account.NAME_MAX_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, updatable = false, length = Account.NAME_MAX_LENGTH)
    private String nameKey;

    @Column(name = "can_edit", nullable = false)
    private boolean canEdit;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    protected ListInvitation() {
        // for JPA
    }

    public ListInvitation(long listId, String name, ListRole role) {
        this.listId = listId;
        this.name = Account.normalizeName(name);
        this.nameKey = Account.key(name);
        this.canEdit = role == ListRole.EDIT;
        this.invitedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public ListRole getRole() {
        return ListRole.of(canEdit);
    }

    public void setRole(ListRole role) {
        this.canEdit = role == ListRole.EDIT;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
