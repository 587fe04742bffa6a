package app.todo.task.boundary;

import app.todo.account.boundary.RequestForgeryGuard;
import app.todo.task.entity.Priority;
import app.todo.task.entity.Task;
import app.todo.task.entity.TaskScope;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The task rows of the page, written in one pass: {@code <todo:taskRows page="#{taskPage}"/>}. As Facelets
 * markup with expressions, a hundred rows cost nine tenths of the page (about 30 expressions a row, each
 * resolved through CDI and reflection: bench/NOTES.md); here each value is read once, and the response writer
 * still escapes every title and attribute. In Upcoming the rows come in one list per day, each under its heading.
 *
 * <p>Each row is a plain form posting the task id, the version the person saw, and the operation ({@code op}:
 * done, undo, delete) to the page, whose view parameters bind them and whose view action acts on them;
 * {@code todo.js} sends the posts of buttons marked {@code data-ajax} as JSF Ajax requests. Without JavaScript the
 * forms post and redirect. Editing is the page's own Faces form.
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
        Row row = new Row(
                context.getResponseWriter(),
                page,
                context.getExternalContext().getRequestContextPath() + "/index.xhtml",
                scope.view() == null ? "list" : "view",
                scope.view() == null ? String.valueOf(page.getCurrentList().getId()) : scope.view(),
                page.getFilter().param(),
                String.valueOf(page.getListing().page()),
                scope.view() == null ? Map.of() : page.getListNames(),
                new DueDates(page.getToday(), context.getViewRoot().getLocale(), msg),
                msg);
        boolean byDay = scope instanceof TaskScope.Upcoming;
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
            row.write(task);
        }
        if (open) {
            out.endElement("ul");
        }
    }

    /** What every row shares, looked up once per page. */
    private record Row(
            ResponseWriter out,
            TaskPage page,
            String action,
            String whereName,
            String whereValue,
            String filter,
            String pageNumber,
            Map<Long, String> listNames,
            DueDates dates,
            ResourceBundle msg) {

        void write(Task task) throws IOException {
            String id = String.valueOf(task.getId());
            boolean overdue = !task.isDone()
                    && task.getDueDate() != null
                    && task.getDueDate().isBefore(dates.today());
            out.startElement("li", null);
            out.writeAttribute(
                    "class", (task.isDone() ? "task is-done" : "task") + (overdue ? " is-overdue" : ""), null);
            out.startElement("form", null);
            out.writeAttribute("id", "row-" + id, null);
            out.writeAttribute("method", "post", null);
            out.writeAttribute("action", action, null);
            out.writeAttribute("class", "row", null);
            hidden("jakarta.faces.ViewState", "stateless");
            hidden(RequestForgeryGuard.FORM_TOKEN_FIELD, page.getFormToken());
            hidden("task", id);
            hidden("version", String.valueOf(task.getVersion()));
            hidden(whereName, whereValue);
            hidden("filter", filter);
            hidden("page", pageNumber);
            viewing(task, id);
            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("id", "delete-" + id, null);
            out.writeAttribute("name", "op", null);
            out.writeAttribute("value", "delete", null);
            out.writeAttribute("class", "icon-button delete", null);
            out.writeAttribute("aria-label", msg.getString("task.delete") + " " + task.getTitle(), null);
            out.writeAttribute("data-ajax", "list lists", null);
            out.write("&#215;"); // ×, as a reference: an all-ASCII page takes the encoder's fast path
            out.endElement("button");
            out.endElement("form");
            out.endElement("li");
        }

        private void viewing(Task task, String id) throws IOException {
            String editUrl = page.urlOf("task.xhtml", "edit=" + id);
            out.startElement("span", null);
            out.writeAttribute("class", "view", null);

            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("id", "toggle-" + id, null);
            out.writeAttribute("name", "op", null);
            out.writeAttribute("value", task.isDone() ? "undo" : "done", null);
            out.writeAttribute("class", "check", null);
            out.writeAttribute("role", "checkbox", null);
            out.writeAttribute("aria-checked", String.valueOf(task.isDone()), null);
            out.writeAttribute("aria-label", task.getTitle(), null);
            out.writeAttribute("data-ajax", "list lists", null);
            out.endElement("button");

            out.startElement("span", null);
            out.writeAttribute("class", "body", null);
            out.startElement("span", null);
            out.writeAttribute("class", "title", null);
            out.writeAttribute("data-edit", editUrl, null);
            out.writeText(task.getTitle(), null);
            out.endElement("span");
            details(task);
            out.endElement("span");

            out.startElement("span", null);
            out.writeAttribute("class", "state", null);
            out.writeText(msg.getString(task.isDone() ? "task.state.done" : "task.state.pending"), null);
            out.endElement("span");

            out.startElement("a", null);
            out.writeAttribute("class", "icon-button edit", null);
            out.writeAttribute("href", editUrl, null);
            out.writeAttribute("aria-label", msg.getString("task.edit") + " " + task.getTitle(), null);
            out.write("&#9998;"); // ✎
            out.endElement("a");

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

        private void hidden(String name, String value) throws IOException {
            out.startElement("input", null);
            out.writeAttribute("type", "hidden", null);
            out.writeAttribute("name", name, null);
            out.writeAttribute("value", value, null);
            out.endElement("input");
        }
    }
}
