package app.todo.transfer.control;

import app.todo.platform.control.ViolationTexts;
import app.todo.task.control.Counts;
import app.todo.task.control.Lists;
import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskList;
import app.todo.task.entity.TaskSort;
import app.todo.transfer.entity.ExportFormat;
import app.todo.transfer.entity.ExportedTask;
import app.todo.transfer.entity.ImportRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Import (X2, X3): a file read whole, every task checked by the task's own rules, then stored in one transaction, into
 * new lists (a name the person has already gets " (2)"), so nothing they have is changed and deleting those lists
 * undoes it. Any refusal names the line and the reason, and stores nothing. The file is at most {@link #MAX_BYTES}:
 * the request edge refuses more before reading it, and one import at a time is read per replica.
 */
@ApplicationScoped
public class Imports {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The CSV columns, as the header names them (any case, any order; title is needed). */
    public static final List<String> CSV_COLUMNS = List.of("title", "notes", "due date", "list", "done");

    /** The list a CSV row without a list goes to. */
    static final String CSV_DEFAULT_LIST = "Imported";

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Pattern PROPERTY = Pattern.compile("property '(\\w+)'");
    private static final Set<JsonValue.ValueType> TEXT = Set.of(JsonValue.ValueType.STRING);
    private static final Map<String, Set<JsonValue.ValueType>> TASK_MEMBERS = Map.of(
            "title", TEXT,
            "done", Set.of(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE),
            "dueDate", TEXT,
            "dueTime", TEXT,
            "notes", TEXT,
            "priority", TEXT,
            "createdAt", TEXT);

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ViolationTexts violationTexts;

    @Inject
    Counts counts;

    @Inject
    Lists lists;

    @Inject
    @ConfigProperty(name = "todo.max-tasks-per-account")
    long maxTasksPerAccount;

    /** A list to make, with its tasks in the file's order, each checked. */
    public record Incoming(String name, TaskSort sort, List<Task> tasks) {

        Incoming(String name, TaskSort sort) {
            this(name, sort, new ArrayList<>());
        }
    }

    /** What an import made. */
    public record Imported(int lists, int tasks) {}

    /** Reads the JSON export format; every task is checked. */
    public List<Incoming> fromJson(byte[] file, Locale locale) {
        Texts texts = new Texts(locale);
        List<Incoming> incoming = new ArrayList<>();
        String format = null;
        Integer version = null;
        try (JsonParser parser = Json.createParser(reader(file, texts))) {
            expect(parser, JsonParser.Event.START_OBJECT, texts, "import.json.not-export");
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                switch (key) {
                    case "format" -> format = value == JsonParser.Event.VALUE_STRING ? parser.getString() : "";
                    case "version" ->
                        version = value == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber()
                                ? parser.getInt()
                                : -1;
                    case "lists" -> {
                        if (value != JsonParser.Event.START_ARRAY) {
                            throw texts.refused(line(parser), "import.json.lists");
                        }
                        for (JsonParser.Event next; (next = parser.next()) != JsonParser.Event.END_ARRAY; ) {
                            if (next != JsonParser.Event.START_OBJECT) {
                                throw texts.refused(line(parser), "import.json.lists");
                            }
                            incoming.add(list(parser, texts));
                            bounded(incoming, texts);
                        }
                    }
                    default -> skip(parser, value);
                }
            }
        } catch (JsonParsingException malformed) {
            throw texts.refused(
                    (int) malformed.getLocation().getLineNumber(), "import.json.malformed", malformed.getMessage());
        }
        if (!ExportFormat.FORMAT.equals(format) || version == null) {
            throw texts.refused(0, "import.json.not-export");
        }
        if (version != ExportFormat.VERSION) {
            throw texts.refused(0, "import.json.version", version);
        }
        return incoming;
    }

    private Incoming list(JsonParser parser, Texts texts) {
        int line = line(parser);
        String name = null;
        TaskSort sort = TaskSort.POSITION;
        List<Task> tasks = new ArrayList<>();
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            switch (key) {
                case "name" -> name = value == JsonParser.Event.VALUE_STRING ? parser.getString() : null;
                case "sort" -> {
                    TaskSort named =
                            value == JsonParser.Event.VALUE_STRING ? TaskSort.fromParam(parser.getString()) : null;
                    if (named == null) {
                        throw texts.refused(line(parser), "import.json.sort");
                    }
                    sort = named;
                }
                case "tasks" -> {
                    if (value != JsonParser.Event.START_ARRAY) {
                        throw texts.refused(line(parser), "import.json.tasks");
                    }
                    for (JsonParser.Event next; (next = parser.next()) != JsonParser.Event.END_ARRAY; ) {
                        int taskLine = line(parser);
                        if (next != JsonParser.Event.START_OBJECT) {
                            throw texts.refused(taskLine, "import.json.tasks");
                        }
                        tasks.add(task(parser.getObject(), taskLine, texts));
                        if (++texts.read > maxTasksPerAccount) {
                            throw texts.refused(
                                    taskLine, "import.too-many", maxTasksPerAccount, Lists.MAX_LISTS_PER_ACCOUNT);
                        }
                    }
                }
                default -> skip(parser, value);
            }
        }
        return new Incoming(checkedName(name, line, texts), sort, tasks);
    }

    /** Refuses a file as soon as it holds more lists than an account may: reading on would only fill the heap. */
    private static void bounded(List<Incoming> incoming, Texts texts) {
        if (incoming.size() > Lists.MAX_LISTS_PER_ACCOUNT) {
            throw texts.refused(0, "import.too-many", Lists.MAX_LISTS_PER_ACCOUNT, Lists.MAX_LISTS_PER_ACCOUNT);
        }
    }

    private Task task(JsonObject json, int line, Texts texts) {
        // Strictly: JSON-B would read "title": 5 as "5"; a member the format has not is a mistake to be told of.
        for (Map.Entry<String, JsonValue> member : json.entrySet()) {
            Set<JsonValue.ValueType> kinds = TASK_MEMBERS.get(member.getKey());
            JsonValue.ValueType kind = member.getValue().getValueType();
            if (kinds == null) {
                throw texts.refused(line, "import.json.unknown-member", member.getKey());
            }
            if (kind != JsonValue.ValueType.NULL && !kinds.contains(kind)) {
                throw texts.refused(
                        line,
                        "import.json.member",
                        member.getKey(),
                        texts.text("import.json.member." + member.getKey()));
            }
        }
        ExportedTask exported;
        try {
            exported = JSONB.fromJson(json.toString(), ExportedTask.class);
        } catch (JsonbException wrongKind) {
            Matcher property = PROPERTY.matcher(String.valueOf(wrongKind.getMessage()));
            String member = property.find() ? property.group(1) : "?";
            throw texts.refused(line, "import.json.member", member, texts.text("import.json.member." + member));
        }
        Task task = new Task(exported.title());
        task.setDone(Boolean.TRUE.equals(exported.done()));
        task.setDueDate(exported.dueDate());
        task.setDueTime(exported.dueTime());
        task.setNotes(exported.notes());
        task.setPriority(exported.priority() == null ? Priority.NONE : exported.priority());
        task.importedAt(exported.createdAt());
        return checked(task, line, texts);
    }

    /** Reads CSV (RFC 4180, comma separated, a header line naming the columns). */
    public List<Incoming> fromCsv(byte[] file, Locale locale) {
        Texts texts = new Texts(locale);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                // Blank lines come as records of one empty value, skipped below: so each record's line is known.
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .get();
        Map<String, Incoming> byList = new LinkedHashMap<>();
        int read = 0;
        try (CSVParser parser = CSVParser.builder()
                .setReader(reader(file, texts))
                .setFormat(format)
                .get()) {
            Map<String, String> columns = columns(parser.getHeaderNames(), texts);
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException malformed) {
                    throw texts.refused(
                            line, "import.csv.malformed", malformed.getCause().getMessage());
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != parser.getHeaderNames().size()) {
                    throw texts.refused(
                            line,
                            "import.csv.values",
                            record.size(),
                            parser.getHeaderNames().size());
                }
                String listName = value(record, columns, "list");
                String key = listName.isEmpty() ? CSV_DEFAULT_LIST : listName;
                Incoming list = byList.get(key);
                if (list == null) {
                    list = new Incoming(checkedName(key, line, texts), TaskSort.POSITION);
                    byList.put(key, list);
                }
                Task task = new Task(value(record, columns, "title"));
                String notes = value(record, columns, "notes");
                task.setNotes(notes.isEmpty() ? null : notes);
                due(task, value(record, columns, "due date"), line, texts);
                task.setDone(done(value(record, columns, "done"), line, texts));
                list.tasks().add(checked(task, line, texts));
                if (++read > maxTasksPerAccount || byList.size() > Lists.MAX_LISTS_PER_ACCOUNT) {
                    throw texts.refused(line, "import.too-many", maxTasksPerAccount, Lists.MAX_LISTS_PER_ACCOUNT);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException badHeader) {
            // commons-csv: a duplicate or empty column name in the header line.
            throw texts.refused(1, "import.csv.header", String.valueOf(badHeader.getMessage()));
        }
        return List.copyOf(byList.values());
    }

    private static Map<String, String> columns(List<String> header, Texts texts) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : header) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!CSV_COLUMNS.contains(column)) {
                throw texts.refused(1, "import.csv.unknown-column", name, String.join(", ", CSV_COLUMNS));
            }
            if (columns.put(column, name) != null) {
                throw texts.refused(1, "import.csv.header", name);
            }
        }
        if (!columns.containsKey("title")) {
            throw texts.refused(1, "import.csv.no-title", String.join(", ", CSV_COLUMNS));
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        return header == null ? "" : record.get(header);
    }

    /** "2026-12-08", or with a time: "2026-12-08 09:30" or "2026-12-08T09:30". */
    private static void due(Task task, String text, int line, Texts texts) {
        if (text.isEmpty()) {
            return;
        }
        try {
            String[] parts = text.split("[ T]", 2);
            task.setDueDate(LocalDate.parse(parts[0]));
            task.setDueTime(parts.length == 2 ? LocalTime.parse(parts[1].strip()) : null);
        } catch (DateTimeParseException notADate) {
            throw texts.refused(line, "import.csv.due", text);
        }
    }

    private static boolean done(String text, int line, Texts texts) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "0", "pending" -> false;
            case "true", "yes", "1", "x", "done" -> true;
            default -> throw texts.refused(line, "import.csv.done", text);
        };
    }

    private String checkedName(String name, int line, Texts texts) {
        TaskList list = new TaskList(name);
        Set<ConstraintViolation<TaskList>> violations = validator.validateProperty(list, "name");
        if (!violations.isEmpty()) {
            throw texts.refusedBecause(
                    line, violationTexts.text(violations.iterator().next(), texts.locale));
        }
        return list.getName();
    }

    private Task checked(Task task, int line, Texts texts) {
        Set<ConstraintViolation<Task>> violations = validator.validate(task);
        if (!violations.isEmpty()) {
            throw texts.refusedBecause(
                    line, violationTexts.text(violations.iterator().next(), texts.locale));
        }
        return task;
    }

    /**
     * Stores what was read, all or nothing: new lists after the person's, the tasks in the file's order.
     *
     * @throws ImportRefusedException when the lists or tasks would pass the account's bounds (L3, T9)
     */
    @Transactional
    public Imported store(long owner, List<Incoming> incoming, Locale locale) {
        Texts texts = new Texts(locale);
        counts.lockAccount(owner);
        List<TaskList> held = lists.all(owner);
        if (held.size() + incoming.size() > Lists.MAX_LISTS_PER_ACCOUNT) {
            throw texts.refused(0, "import.too-many-lists", incoming.size(), held.size(), Lists.MAX_LISTS_PER_ACCOUNT);
        }
        int tasks = incoming.stream().mapToInt(list -> list.tasks().size()).sum();
        if (!counts.tasksAdded(owner, tasks, maxTasksPerAccount)) {
            throw texts.refused(0, "import.too-many-tasks", tasks, maxTasksPerAccount);
        }
        Set<String> names = new HashSet<>();
        int position = 0;
        for (TaskList list : held) {
            names.add(list.getName().toLowerCase(Locale.ROOT));
            position = Math.max(position, list.getPosition() + 1);
        }
        // The file's order, just before now: each task one microsecond after the one before it (O2).
        long place = Task.positionAt(Instant.now()) - tasks;
        for (Incoming wanted : incoming) {
            TaskList list = new TaskList(unique(wanted.name(), names));
            list.setSort(wanted.sort());
            list.addTo(owner, position++);
            em.persist(list);
            em.flush();
            int pending = 0;
            for (Task task : wanted.tasks()) {
                task.importInto(owner, list.getId(), place++);
                em.persist(task);
                pending += task.isDone() ? 0 : 1;
            }
            counts.pendingChanged(list.getId(), pending);
        }
        em.flush();
        return new Imported(incoming.size(), tasks);
    }

    /** The name, or the name with " (2)", " (3)"… when the person has a list so named (any case). */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), TaskList.NAME_MAX_LENGTH - suffix.length()))
                            .strip()
                    + suffix;
        }
        return candidate;
    }

    private static Reader reader(byte[] file, Texts texts) {
        // Refuses bytes that are not UTF-8 instead of reading them as replacement characters.
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file))
                    .toString();
            // A byte order mark (spreadsheets write one) is not part of the first column's name.
            return new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            throw texts.refused(0, "import.not-utf8");
        }
    }

    private static void expect(JsonParser parser, JsonParser.Event wanted, Texts texts, String key) {
        if (!parser.hasNext() || parser.next() != wanted) {
            throw texts.refused(line(parser), key);
        }
    }

    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static int line(JsonParser parser) {
        return (int) parser.getLocation().getLineNumber();
    }

    /** The refusals' texts in the language asked for (the page's; the API's is English). */
    private final class Texts {
        /** The tasks read so far: reading stops past an account's most. */
        int read;

        private final Locale locale;
        private final ResourceBundle messages;

        Texts(Locale locale) {
            this.locale = locale;
            this.messages = ResourceBundle.getBundle(
                    "messages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        }

        String text(String key, Object... arguments) {
            return messages.containsKey(key)
                    ? new MessageFormat(messages.getString(key), locale).format(arguments)
                    : "";
        }

        /** "Line 7: …" when the line is known (0: the file as a whole). */
        ImportRefusedException refused(int line, String key, Object... arguments) {
            String reason = text(key, arguments);
            return new ImportRefusedException(line > 0 ? text("import.at-line", line, reason) : reason);
        }

        ImportRefusedException refusedBecause(int line, String reason) {
            return new ImportRefusedException(text("import.at-line", line, reason));
        }
    }
}
