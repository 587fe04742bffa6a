package app.todo.sharing.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;

/** An invitation as the invited person sees it (H1): which list, whose, to do what. */
@JsonbPropertyOrder({"listId", "list", "owner", "role", "invitedAt"})
public record Invitation(
        long listId,
        String list,
        String owner,
        @JsonbTypeAdapter(ListRole.Json.class) ListRole role,
        Instant invitedAt) {}
