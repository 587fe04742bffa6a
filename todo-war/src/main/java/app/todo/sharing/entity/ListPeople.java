package app.todo.sharing.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.List;

/**
 * Who shares a list (H2): its owner, its members with their roles, and the names invited who have not answered yet.
 * What the owner and the members see.
 */
@JsonbPropertyOrder({"owner", "members", "invited"})
public record ListPeople(String owner, List<Person> members, List<Person> invited) {

    /** A member or an invited name, with the role they have or are offered. */
    @JsonbPropertyOrder({"name", "role"})
    public record Person(
            String name,
            @JsonbTypeAdapter(ListRole.Json.class) ListRole role) {}
}
