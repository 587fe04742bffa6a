package app.todo.task.boundary;

import app.todo.platform.boundary.JsonBodies;
import app.todo.platform.boundary.Problem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;

/**
 * The API's guards against lost updates (T6, T15): an entity's ETag is its version; a change sent with
 * {@code If-Match} that no longer matches is 412, one with a stale {@code "version"} member 409.
 */
final class Versions {

    /** RFC 7396's media type; plain application/json is taken as a merge patch too. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    private Versions() {}

    static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version the caller's {@code If-Match} names, when it matches the stored one; null without the header.
     *
     * @throws ClientErrorException 412 when it does not match
     */
    static Long expected(Request request, HttpHeaders headers, long stored) {
        if (request.evaluatePreconditions(tag(stored)) != null) {
            throw new ClientErrorException(Problem.response(
                    412,
                    "Precondition Failed",
                    "It was changed since you read it (If-Match); read it again and retry",
                    null));
        }
        return headers.getHeaderString(HttpHeaders.IF_MATCH) == null ? null : stored;
    }

    /** The body's {@code "version"}, else what {@code If-Match} gave. */
    static Long fromBody(JsonObject body, Long expected) {
        JsonValue version = body.get("version");
        if (version == null || version == JsonValue.NULL) {
            return expected;
        }
        if (version instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                // refused below
            }
        }
        throw JsonBodies.refused("version", "version must be a whole number");
    }
}
