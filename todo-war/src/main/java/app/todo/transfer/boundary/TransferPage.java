package app.todo.transfer.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.transfer.control.Imports;
import app.todo.transfer.entity.ImportRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Backs the page "Export and import" (X1–X3): the export links, and "Import" of a file chosen with "File to import"
 * (JSON export format or CSV, told apart by their first character), answered on the page: what was made, or the line
 * and the reason it was refused, nothing stored.
 */
@Named
@RequestScoped
public class TransferPage {

    @Inject
    Imports imports;

    @Inject
    CurrentAccount account;

    private Part file;

    public String upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        if (file == null || file.getSize() == 0) {
            say(FacesMessage.SEVERITY_ERROR, "import.no-file");
            return null;
        }
        if (file.getSize() > Imports.MAX_BYTES) {
            say(FacesMessage.SEVERITY_ERROR, "import.too-large");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(Imports.MAX_BYTES + 1);
            List<Imports.Incoming> read =
                    looksLikeJson(content) ? imports.fromJson(content, locale) : imports.fromCsv(content, locale);
            Imports.Imported made = imports.store(account.id(), read, locale);
            say(FacesMessage.SEVERITY_INFO, "import.done", made.lists(), made.tasks());
        } catch (ImportRefusedException refused) {
            String text = refused.getMessage() + " " + text("import.nothing-stored");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** A JSON export begins with "{" (after any spaces or a byte order mark); anything else is read as CSV. */
    static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return true;
            }
            if (!(b == ' '
                    || b == '\n'
                    || b == '\r'
                    || b == '\t'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF)) {
                return false;
            }
        }
        return false;
    }

    private static void say(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
