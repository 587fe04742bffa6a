package app.todo.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads request bodies strictly: UTF-8 that is not valid is refused rather than patched with replacement
 * characters, and any parser failure (malformed, too deeply nested) is the client's 400, not our 500.
 */
public final class JsonBodies {

    /** Made once: Json.createReader looks the provider up with a ServiceLoader on every call (18 % of an add). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final Jsonb JSONB = JsonbBuilder.create();

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

    /**
     * Binds a JSON object to a class with JSON-B, after checking each member the class has against its type, so
     * that a wrong type ({@code "title": 5}, {@code "done": "yes"}) is refused naming the field instead of being
     * coerced. A member the class does not have is refused too: a misspelt field must not be ignored silently. What
     * the values mean is Bean Validation's to judge.
     */
    public static <T> T bind(JsonObject object, Class<T> type) {
        check(object, type);
        try {
            return JSONB.fromJson(object.toString(), type);
        } catch (JsonbException unreadable) {
            throw refused("The body does not describe " + noun(type));
        }
    }

    /** The checks of {@link #bind} alone: for a merge patch, whose nulls are not values to bind. */
    public static void check(JsonObject object, Class<?> type) {
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Field field = fieldOf(type, member.getKey())
                    .orElseThrow(() -> refused(
                            abbreviated(member.getKey()),
                            abbreviated(member.getKey()) + " is not a field of " + noun(type)));
            checkType(member.getKey(), member.getValue(), field.getType());
        }
    }

    /** An object as JSON-B writes it: what a merge patch (RFC 7396) applies to. */
    public static JsonObject toJson(Object value) {
        try (JsonReader reader = READERS.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readObject();
        }
    }

    /** Applies a JSON Merge Patch (RFC 7396): an absent member is left alone, {@code null} removes (clears) it. */
    public static JsonObject merged(JsonObject target, JsonObject patch) {
        return Json.createMergePatch(patch).apply(target).asJsonObject();
    }

    private static Optional<Field> fieldOf(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                return field.isAnnotationPresent(JsonbTransient.class) ? Optional.empty() : Optional.of(field);
            } catch (NoSuchFieldException notHere) {
                // its superclass may have it
            }
        }
        return Optional.empty();
    }

    private static void checkType(String name, JsonValue value, Class<?> type) {
        if (value == JsonValue.NULL) {
            if (type.isPrimitive()) {
                throw refused(name, name + " cannot be null");
            }
            return;
        }
        if (type == String.class && value.getValueType() != JsonValue.ValueType.STRING) {
            throw refused(name, name + " must be a string");
        }
        if ((type == boolean.class || type == Boolean.class) && value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw refused(name, name + " must be true or false");
        }
        if ((type == long.class || type == Long.class || type == int.class || type == Integer.class)
                && !isWholeNumber(value, type == int.class || type == Integer.class)) {
            throw refused(name, name + " must be a whole number");
        }
        if (type == LocalDate.class && !parses(value, "\\d{4}-\\d{2}-\\d{2}", LocalDate::parse)) {
            throw refused(name, name + " must be a date, as 2026-12-24");
        }
        if (type == LocalTime.class && !parses(value, "\\d{2}:\\d{2}(:\\d{2})?", LocalTime::parse)) {
            throw refused(name, name + " must be a time, as 09:30");
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .toList();
            if (!(value instanceof JsonString string) || !names.contains(string.getString())) {
                throw refused(name, name + " must be one of " + String.join(", ", names));
            }
        }
    }

    private static boolean isWholeNumber(JsonValue value, boolean intSized) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        try {
            long whole = number.longValueExact();
            return !intSized || (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE);
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    /** Four-digit years only: what both databases and a date field hold. */
    private static boolean parses(JsonValue value, String shape, Function<String, ?> parser) {
        if (!(value instanceof JsonString string) || !string.getString().matches(shape)) {
            return false;
        }
        try {
            parser.apply(string.getString());
            return true;
        } catch (DateTimeParseException notOne) {
            return false;
        }
    }

    /** "a task", "a list" (a TaskList): what the person calls it. */
    private static String noun(Class<?> type) {
        return "a " + type.getSimpleName().replaceFirst("^Task(?=.)", "").toLowerCase(Locale.ROOT);
    }

    private static String abbreviated(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    /** A refused member of the body: 400 naming it. */
    public static BadRequestException refused(String field, String detail) {
        return new BadRequestException(Problem.response(400, "Invalid " + field, detail, field));
    }

    private static BadRequestException refused(String detail) {
        return new BadRequestException(Problem.response(400, "Invalid body", detail, null));
    }
}
