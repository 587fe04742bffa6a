package app.todo.task.boundary;

import app.todo.account.boundary.RequestForgeryGuard;
import app.todo.task.entity.Task;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The task rows of the page, written in one pass: {@code <todo:taskRows page="#{taskPage}"/>}. As Facelets
 * markup with expressions, a hundred rows cost nine tenths of the page (about 30 expressions a row, each
 * resolved through CDI and reflection: bench/NOTES.md); here each value is read once, and the response writer
 * still escapes every title and attribute.
 *
 * <p>Each row is a plain form posting the task id, the version the person saw, and the operation ({@code op}:
 * done, undo, save, delete) to the page, whose view action acts on them; {@code todo.js} sends the posts of
 * buttons marked {@code data-ajax} as JSF Ajax requests. Without JavaScript the forms post and redirect.
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
        Row row = new Row(
                context.getResponseWriter(),
                page,
                context.getExternalContext().getRequestContextPath() + "/index.xhtml",
                page.getFilter().param(),
                String.valueOf(page.getListing().page()),
                msg);
        for (Task task : page.getListing().tasks()) {
            row.write(task);
        }
    }

    /** What every row shares, looked up once per page. */
    private record Row(
            ResponseWriter out, TaskPage page, String action, String filter, String pageNumber, ResourceBundle msg) {

        void write(Task task) throws IOException {
            String id = String.valueOf(task.getId());
            out.startElement("li", null);
            out.writeAttribute("class", task.isDone() ? "task is-done" : "task", null);
            out.startElement("form", null);
            out.writeAttribute("id", "row-" + id, null);
            out.writeAttribute("method", "post", null);
            out.writeAttribute("action", action, null);
            out.writeAttribute("class", "row", null);
            hidden("jakarta.faces.ViewState", "stateless");
            hidden(RequestForgeryGuard.FORM_TOKEN_FIELD, page.getFormToken());
            hidden("task", id);
            hidden("version", String.valueOf(task.getVersion()));
            hidden("filter", filter);
            hidden("page", pageNumber);
            if (page.isEditing(task.getId())) {
                editing(id);
            } else {
                viewing(task, id);
            }
            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("id", "delete-" + id, null);
            out.writeAttribute("name", "op", null);
            out.writeAttribute("value", "delete", null);
            out.writeAttribute("class", "icon-button delete", null);
            out.writeAttribute("aria-label", msg.getString("task.delete") + " " + task.getTitle(), null);
            out.writeAttribute("data-ajax", "list", null);
            out.write("&#215;"); // ×, as a reference: an all-ASCII page takes the encoder's fast path
            out.endElement("button");
            out.endElement("form");
            out.endElement("li");
        }

        private void viewing(Task task, String id) throws IOException {
            String editUrl = page.url("edit=" + id);
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
            out.writeAttribute("data-ajax", "list", null);
            out.endElement("button");

            out.startElement("span", null);
            out.writeAttribute("class", "title", null);
            out.writeAttribute("data-edit", editUrl, null);
            out.writeText(task.getTitle(), null);
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

        private void editing(String id) throws IOException {
            String cancelUrl = page.url(null);
            out.startElement("span", null);
            out.writeAttribute("class", "editing", null);
            hidden("edit", id);

            out.startElement("input", null);
            out.writeAttribute("type", "text", null);
            out.writeAttribute("name", "title", null);
            out.writeAttribute("value", page.getEditTitle() == null ? "" : page.getEditTitle(), null);
            out.writeAttribute("class", "edit-title", null);
            out.writeAttribute("aria-label", msg.getString("task.edit.label"), null);
            out.writeAttribute("autofocus", "autofocus", null);
            out.writeAttribute("data-cancel", cancelUrl, null);
            out.endElement("input");

            out.startElement("button", null);
            out.writeAttribute("type", "submit", null);
            out.writeAttribute("name", "op", null);
            out.writeAttribute("value", "save", null);
            out.writeAttribute("class", "button primary", null);
            out.writeText(msg.getString("task.save"), null);
            out.endElement("button");

            out.startElement("a", null);
            out.writeAttribute("class", "button", null);
            out.writeAttribute("href", cancelUrl, null);
            out.writeText(msg.getString("task.cancel"), null);
            out.endElement("a");

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
