package app.todo.transfer.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.platform.boundary.Problem;
import app.todo.transfer.control.Exports;
import app.todo.transfer.control.Imports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * {@code GET /api/export} (JSON) and {@code /api/export.csv} (X1); {@code POST /api/import} with the JSON export format
 * or CSV (X2, X3), answered 201 with what was made, or 400 naming the line and the reason (nothing stored).
 */
@Path("")
@RequestScoped
public class TransferResource {

    static final String CSV = "text/csv";

    @Inject
    CurrentAccount account;

    @Inject
    Exports exports;

    @Inject
    Imports imports;

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson() {
        return export(exports::json, MediaType.APPLICATION_JSON, "json");
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    public Response exportCsv() {
        return export(exports::csv, CSV + ";charset=utf-8", "csv");
    }

    /** HEAD answers itself: JAX-RS would run the GET and never write its stream, keeping its writer's permit. */
    @HEAD
    @Path("export")
    public Response exportJsonHead() {
        return Response.ok().type(MediaType.APPLICATION_JSON).build();
    }

    @HEAD
    @Path("export.csv")
    public Response exportCsvHead() {
        return Response.ok().type(CSV + ";charset=utf-8").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importJson(byte[] file) {
        return imported(file, imports.fromJson(bounded(file), Locale.ENGLISH));
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(byte[] file) {
        return imported(file, imports.fromCsv(bounded(file), Locale.ENGLISH));
    }

    private Response imported(byte[] file, List<Imports.Incoming> read) {
        Imports.Imported made = imports.store(account.id(), read, Locale.ENGLISH);
        return Response.status(201)
                .entity(Json.createObjectBuilder()
                        .add("lists", made.lists())
                        .add("tasks", made.tasks())
                        .build()
                        .toString())
                .build();
    }

    private static byte[] bounded(byte[] file) {
        if (file.length > Imports.MAX_BYTES) {
            throw new jakarta.ws.rs.WebApplicationException(Problem.response(
                    413,
                    "Payload Too Large",
                    "An import file has at most 5 MB (" + Imports.MAX_BYTES + " bytes)",
                    null));
        }
        return file;
    }

    private Response export(BiConsumer<Long, OutputStream> writer, String type, String extension) {
        long owner = account.id();
        if (!exports.acquire()) {
            return Response.fromResponse(Problem.response(
                            503, "Busy", "Other exports are being written right now; try again shortly", null))
                    .header("Retry-After", "5")
                    .build();
        }
        StreamingOutput body = out -> {
            try {
                writer.accept(owner, out);
            } finally {
                exports.release();
            }
        };
        String file = "todo-export-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
