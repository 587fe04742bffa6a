package app.todo.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import java.io.IOException;
import java.io.InputStream;
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

    /** Made once: Json.createReader looks the provider up with a ServiceLoader on every call (18 % of an add). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonBodies() {}

    /**
     * The body as a JSON object. Read up to {@link RequestEdge#MAX_BODY_BYTES} and no further: a body without a
     * declared length (chunked) is refused as soon as it passes the bound, a declared one before this is reached.
     */
    public static JsonObject object(InputStream in) {
        byte[] body;
        try {
            body = in == null ? new byte[0] : in.readNBytes(RequestEdge.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw refused("The body could not be read to its end");
        }
        if (body.length == 0) {
            throw refused("The body must be a JSON object");
        }
        if (body.length > RequestEdge.MAX_BODY_BYTES) {
            throw new ClientErrorException(Problem.response(
                    413, "Payload Too Large", "The body has more than " + RequestEdge.MAX_BODY_BYTES + " bytes", null));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
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
