package app.todo.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads request bodies strictly: UTF-8 that is not valid is refused rather than patched with replacement
 * characters, and any parser failure (malformed, too deeply nested) is the client's 400, not our 500.
 */
public final class JsonBodies {

    /** Far above any valid body (a title has at most 200 characters), far below what could hurt. */
    static final int MAX_BYTES = 64 * 1024;

    /** Made once: Json.createReader looks the provider up with a ServiceLoader on every call (18 % of an add). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonBodies() {
    }

    public static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw refused("The body must be a JSON object");
        }
        if (body.length > MAX_BYTES) {
            throw new ClientErrorException(Problem.response(413, "Payload Too Large",
                    "The body has more than " + MAX_BYTES + " bytes", null));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw refused("The body is not valid UTF-8");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException malformed) { // JsonException, JsonParsingException, nesting limits
            throw refused("The body is not valid JSON");
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw refused("The body must be a JSON object");
    }

    private static BadRequestException refused(String detail) {
        return new BadRequestException(Problem.response(400, "Invalid body", detail, null));
    }
}
