package app.todo.task.boundary;

import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskScope;
import app.todo.weather.entity.WeatherReport;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
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
 * The read-only part of the task rows, written in one pass; the row's buttons are the page's own markup, in the
 * facets {@code select}, {@code toggle}, {@code move} (in "My order" only) and {@code delete}, written for each task
 * with the task as {@code var} and its id and version as {@code refVar}:
 * <pre>{@code <todo:taskRows page="#{taskPage}" var="task" refVar="ref">
 *     <f:facet name="toggle">…</f:facet>…
 * </todo:taskRows>}</pre>
 * As Facelets markup with expressions, a hundred whole rows cost nine tenths of the page (about 30 expressions a
 * row, each resolved through CDI and reflection: bench/NOTES.md); here each read-only value is read once, and the
 * response writer still escapes every title and attribute. In Upcoming the rows come in one list per day, each
 * under its heading.
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
        String var = (String) getAttributes().get("var");
        // The task and the version shown, as its buttons post them ("12.3"): one expression instead of two each.
        String refVar = (String) getAttributes().get("refVar");
        Map<String, Object> requestMap = context.getExternalContext().getRequestMap();
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
            requestMap.put(var, task);
            requestMap.put(refVar, task.getId() + "." + task.getVersion());
            // A list shared to view (H3): the rows read, with no control that changes them.
            row.write(
                    task,
                    context,
                    changeable ? getFacet("select") : null,
                    changeable ? getFacet("toggle") : null,
                    changeable && manual ? getFacet("move") : null,
                    changeable ? getFacet("delete") : null);
        }
        requestMap.remove(var);
        requestMap.remove(refVar);
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

        /** A row; {@code move} (its Move up and Move down) only in a list in "My order", null otherwise. */
        void write(
                Task task,
                FacesContext context,
                UIComponent select,
                UIComponent toggle,
                UIComponent move,
                UIComponent delete)
                throws IOException {
            boolean overdue = !task.isDone()
                    && task.getDueDate() != null
                    && task.getDueDate().isBefore(dates.today());
            String editUrl = page.urlOf("task.xhtml", "edit=" + task.getId());
            out.startElement("li", null);
            out.writeAttribute(
                    "class", (task.isDone() ? "task is-done" : "task") + (overdue ? " is-overdue" : ""), null);
            if (move != null) {
                // What todo.js drags and posts: the task and the version shown.
                out.writeAttribute("data-task", task.getId() + "." + task.getVersion(), null);
            }
            out.startElement("div", null);
            out.writeAttribute("class", "row", null);
            if (select != null) {
                select.encodeAll(context);
            }
            out.startElement("span", null);
            out.writeAttribute("class", "view", null);
            if (toggle != null) {
                toggle.encodeAll(context);
            }

            out.startElement("span", null);
            out.writeAttribute("class", "body", null);
            out.startElement("span", null);
            out.writeAttribute("class", "title", null);
            out.writeAttribute("id", "title-" + task.getId(), null);
            if (toggle != null) {
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

            if (delete != null) {
                out.startElement("a", null);
                out.writeAttribute("class", "icon-button edit", null);
                out.writeAttribute("href", editUrl, null);
                out.writeAttribute("aria-label", msg.getString("task.edit") + " " + task.getTitle(), null);
                out.write("&#9998;"); // ✎, as a reference: an all-ASCII page takes the encoder's fast path
                out.endElement("a");
            }
            out.endElement("span");

            if (move != null) {
                move.encodeAll(context);
            }
            if (delete != null) {
                delete.encodeAll(context);
            }
            out.endElement("div");
            out.endElement("li");
        }

        /** The line under the title: due date in words, priority, notes, and in a view the task's list. */
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
