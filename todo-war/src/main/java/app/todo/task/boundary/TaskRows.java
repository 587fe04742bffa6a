package app.todo.task.boundary;

import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskScope;
import app.todo.weather.entity.WeatherReport;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The task rows, their buttons included, written in one pass: {@code <todo:taskRows page="#{taskPage}"/>}. As
 * Facelets markup with expressions, a hundred rows cost nine tenths of the page (about 30 expressions a row, each
 * resolved through CDI and reflection: bench/NOTES.md); here each value is read once, and the response writer still
 * escapes every title and attribute. Each button posts the task and the version shown ("12.3") and carries
 * {@code data-ajax}, the parts todo.js renders again when it posts the button by Ajax; without JavaScript the form
 * posts it. The page's markup stays ASCII (the glyphs of the buttons are the style sheet's). In Upcoming the rows
 * come in one list per day, each under its heading.
 */
@FacesComponent(value = TaskRows.TYPE, createTag = true, tagName = "taskRows", namespace = "app.todo")
public class TaskRows extends UIComponentBase {

    static final String TYPE = "app.todo.TaskRows";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        TaskPage page = (TaskPage) getAttributes().get("page");
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        TaskScope scope = page.getScope();
        @SuppressWarnings("unchecked")
        Map<LocalDate, WeatherReport.Day> forecast =
                (Map<LocalDate, WeatherReport.Day>) getAttributes().getOrDefault("forecast", Map.of());
        Row row = new Row(
                context.getResponseWriter(),
                page,
                scope.view() == null ? Map.of() : page.getListNames(),
                new DueDates(page.getToday(), context.getViewRoot().getLocale(), msg),
                msg,
                new Forecast(
                        forecast == null ? Map.of() : forecast,
                        (String) getAttributes().getOrDefault("forecastUnit", "°C"),
                        context.getExternalContext().getRequestContextPath() + "/icons/weather/",
                        DateTimeFormatter.ofPattern(
                                "EEE d MMM", context.getViewRoot().getLocale())));
        boolean byDay = scope instanceof TaskScope.Upcoming;
        boolean manual = page.isManualOrder();
        boolean changeable = page.isChangeable();
        ResponseWriter out = context.getResponseWriter();
        LocalDate day = null;
        boolean open = false;
        for (Task task : page.getListing().tasks()) {
            if (!open || (byDay && !Objects.equals(day, task.getDueDate()))) {
                if (open) {
                    out.endElement("ul");
                }
                day = task.getDueDate();
                if (byDay) {
                    out.startElement("h3", null);
                    out.writeAttribute("class", "day", null);
                    out.writeText(row.dates().heading(day), null);
                    out.endElement("h3");
                }
                out.startElement("ul", null);
                out.writeAttribute("class", "tasks", null);
                open = true;
            }
            // A list shared to view (H3): the rows read, with no control that changes them.
            row.write(task, changeable, changeable && manual);
        }
        if (open) {
            out.endElement("ul");
        }
    }

    /** The home city's forecast by day (W8), in the page's units, for the tasks due on one of its days. */
    private record Forecast(
            Map<LocalDate, WeatherReport.Day> byDate, String unit, String icons, DateTimeFormatter dayName) {}

    /** What every row shares, looked up once per page. */
    private record Row(
            ResponseWriter out,
            TaskPage page,
            Map<Long, String> listNames,
            DueDates dates,
            ResourceBundle msg,
            Forecast forecast) {

        /** The parts todo.js renders again after a row's button posts by Ajax. */
        private static final String AJAX_RENDER = "list lists";

        /**
         * A row; with {@code changeable} its controls (select, tick, edit, delete), with {@code movable} (a list in
         * "My order") also Move up and Move down.
         */
        void write(Task task, boolean changeable, boolean movable) throws IOException {
            boolean overdue = !task.isDone()
                    && task.getDueDate() != null
                    && task.getDueDate().isBefore(dates.today());
            String editUrl = page.urlOf("task.xhtml", "edit=" + task.getId());
            out.startElement("li", null);
            out.writeAttribute(
                    "class", (task.isDone() ? "task is-done" : "task") + (overdue ? " is-overdue" : ""), null);
            // What the buttons (and todo.js's drag) post: the task and the version shown.
            String ref = task.getId() + "." + task.getVersion();
            String titleId = "title-" + task.getId();
            if (movable) {
                out.writeAttribute("data-task", ref, null);
            }
            out.startElement("div", null);
            out.writeAttribute("class", "row", null);
            if (changeable) {
                out.startElement("input", null);
                out.writeAttribute("type", "checkbox", null);
                out.writeAttribute("name", "selected", null);
                out.writeAttribute("value", String.valueOf(task.getId()), null);
                out.writeAttribute("class", "select", null);
                out.writeAttribute("aria-label", msg.getString("bulk.select"), null);
                out.writeAttribute("aria-describedby", titleId, null);
                out.endElement("input");
            }
            out.startElement("span", null);
            out.writeAttribute("class", "view", null);
            if (changeable) {
                startButton(task.isDone() ? "undo" : "done", ref, "check");
                out.writeAttribute("role", "checkbox", null);
                out.writeAttribute("aria-checked", String.valueOf(task.isDone()), null);
                out.writeAttribute("aria-label", task.getTitle(), null);
                endButton();
            }

            out.startElement("span", null);
            out.writeAttribute("class", "body", null);
            out.startElement("span", null);
            out.writeAttribute("class", "title", null);
            out.writeAttribute("id", titleId, null);
            if (changeable) {
                out.writeAttribute("data-edit", editUrl, null);
            }
            out.writeText(task.getTitle(), null);
            out.endElement("span");
            details(task);
            out.endElement("span");

            out.startElement("span", null);
            out.writeAttribute("class", "state", null);
            out.writeText(msg.getString(task.isDone() ? "task.state.done" : "task.state.pending"), null);
            out.endElement("span");

            if (changeable) {
                out.startElement("a", null);
                out.writeAttribute("class", "icon-button edit", null);
                out.writeAttribute("href", editUrl, null);
                out.writeAttribute("aria-label", msg.getString("task.edit") + " " + task.getTitle(), null);
                out.write("&#9998;"); // ✎, as a reference: an all-ASCII page takes the encoder's fast path
                out.endElement("a");
            }
            out.endElement("span");

            if (movable) {
                out.startElement("span", null);
                out.writeAttribute("class", "move", null);
                moveButton("up", "task.move-up", ref, titleId);
                moveButton("down", "task.move-down", ref, titleId);
                out.endElement("span");
            }
            if (changeable) {
                startButton("delete", ref, "icon-button delete");
                out.writeAttribute("aria-label", msg.getString("task.delete") + " " + task.getTitle(), null);
                endButton();
            }
            out.endElement("div");
            out.endElement("li");
        }

        private void startButton(String name, String ref, String cssClass) throws IOException {
            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("name", name, null);
            out.writeAttribute("value", ref, null);
            out.writeAttribute("class", cssClass, null);
        }

        /** Move up or Move down: named alike on every row, described by the row's title. */
        private void moveButton(String name, String labelKey, String ref, String titleId) throws IOException {
            startButton(name, ref, "icon-button");
            out.writeAttribute("aria-label", msg.getString(labelKey), null);
            out.writeAttribute("aria-describedby", titleId, null);
            endButton();
        }

        /** The button's data-ajax, and its end: no text, its name is its aria-label, its glyph the style sheet's. */
        private void endButton() throws IOException {
            out.writeAttribute("data-ajax", AJAX_RENDER, null);
            out.endElement("button");
        }

        /** "Forecast for Tue 8 Dec: rain, 12 °C": an icon and the day's highest temperature, on a pending task. */
        private void forecast(Task task) throws IOException {
            WeatherReport.Day day = task.isDone() ? null : forecast.byDate().get(task.getDueDate());
            if (day == null) {
                return;
            }
            String said = MessageFormat.format(
                    msg.getString("weather.forecast-on"),
                    forecast.dayName().format(day.date()),
                    msg.getString("weather.condition." + day.iconName()),
                    day.roundedMax() + " " + forecast.unit());
            out.startElement("span", null);
            out.writeAttribute("class", "task-forecast", null);
            out.writeAttribute("title", said, null);
            out.startElement("img", null);
            out.writeAttribute("src", forecast.icons() + day.iconName() + ".svg", null);
            out.writeAttribute("alt", said, null);
            out.writeAttribute("width", "16", null);
            out.writeAttribute("height", "16", null);
            out.endElement("img");
            out.startElement("span", null);
            out.writeAttribute("aria-hidden", "true", null);
            out.writeText(day.roundedMax() + "°", null);
            out.endElement("span");
            out.endElement("span");
        }

        /** The line under the title: due date in words, priority, notes, and in a view the task's list. */
        private void details(Task task) throws IOException {
            boolean any = task.getDueDate() != null
                    || task.getPriority() != Priority.NONE
                    || task.hasNotes()
                    || !listNames.isEmpty();
            if (!any) {
                return;
            }
            out.startElement("span", null);
            out.writeAttribute("class", "details", null);
            if (task.getPriority() != Priority.NONE) {
                out.startElement("span", null);
                out.writeAttribute(
                        "class", "priority priority-" + task.getPriority().param(), null);
                out.writeAttribute("role", "img", null);
                out.writeAttribute(
                        "aria-label",
                        msg.getString("priority.mark." + task.getPriority().param()),
                        null);
                out.writeAttribute(
                        "title",
                        msg.getString("priority.mark." + task.getPriority().param()),
                        null);
                out.write(
                        task.getPriority() == Priority.HIGH
                                ? "!!!"
                                : task.getPriority() == Priority.MEDIUM ? "!!" : "!");
                out.endElement("span");
            }
            if (task.getDueDate() != null) {
                out.startElement("span", null);
                out.writeAttribute("class", "due", null);
                out.writeText(dates.words(task.getDueDate(), task.getDueTime(), task.isDone()), null);
                out.endElement("span");
                forecast(task);
            }
            if (task.hasNotes()) {
                out.startElement("span", null);
                out.writeAttribute("class", "notes-mark", null);
                out.writeAttribute("role", "img", null);
                out.writeAttribute("aria-label", msg.getString("task.has-notes"), null);
                out.writeAttribute("title", msg.getString("task.has-notes"), null);
                out.write("&#9776;"); // ☰
                out.endElement("span");
            }
            String list = listNames.get(task.getListId());
            if (list != null) {
                out.startElement("span", null);
                out.writeAttribute("class", "list-name", null);
                out.writeText(list, null);
                out.endElement("span");
            }
            out.endElement("span");
        }
    }
}
