package app.todo.sharing.entity;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Locale;
import java.util.Optional;

/** What a member may do with a shared list (H3): see it, or see and change its tasks. */
public enum ListRole {
    VIEW,
    EDIT;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ListRole> fromParam(String param) {
        for (ListRole role : values()) {
            if (role.param().equals(param)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public static ListRole of(boolean canEdit) {
        return canEdit ? EDIT : VIEW;
    }

    /** JSON-B: "view", "edit". */
    public static class Json implements JsonbAdapter<ListRole, String> {
        @Override
        public String adaptToJson(ListRole role) {
            return role.param();
        }

        @Override
        public ListRole adaptFromJson(String value) {
            return fromParam(value).orElseThrow(() -> new IllegalArgumentException("role must be view or edit"));
        }
    }
}
