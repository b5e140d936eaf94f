package fazhi.adapter.rest.training;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Messages;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.training.port.in.ExamQuery;
import fazhi.training.port.in.KeepingExams;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The online law exams (在线学法考试) and TRN-02's rates. */
@TownshipRecord("exam")
@Path("/api/v1/townships/{township}/exams")
@Authenticated
@Tag(name = "Exams", description = "Online law exams (在线学法考试): the exam, its results imported from the "
        + "platform's export, and TRN-02's rates (参学率, 参考率, 及格率) over the roster active on the exam day")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or exam, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class ExamResource {

    static final String ROLES_READ = StaffMemberResource.ROLES_READ;
    static final String ROLES_KEEP = StaffMemberResource.ROLES_KEEP;
    static final String EXAM_ID = "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9";

    private final KeepingExams exams;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Messages messages;

    public ExamResource(KeepingExams exams, CurrentActor actor, IdempotentCreates creates, Messages messages) {
        this.exams = exams;
        this.actor = actor;
        this.creates = creates;
        this.messages = messages;
    }

    @GET
    @Operation(summary = "List the township's exams", description = "Each with TRN-02's rates. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of exams")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public ExamPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: heldOn (default, desc)", example = "heldOn,desc")
            @QueryParam("sort") String sort,
            @Parameter(description = "The exam's year", schema = @Schema(type = SchemaType.INTEGER), example = "2025")
            @QueryParam("year") String year) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, ExamQuery.SORTABLE, ExamQuery.DEFAULT_SORT);
        var found = exams.list(actor.get(), QueryParams.township(township),
                new ExamQuery(QueryParams.optionalInteger("year", year)), pageRequest);
        return new ExamPage(found.items().stream().map(ExamView::of).toList(), found.page(), found.size(),
                found.total(), found.totalExact());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one exam with TRN-02's rates", description = "Answers the ETag to send back with a "
            + "change or an import. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The exam",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<ExamView> get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The exam id", example = EXAM_ID) @PathParam("id") String id) {
        return ETags.ok(ExamView.of(exams.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an exam", description = "Its results come from the platform's export (the import). "
            + "A retry with the same `Idempotency-Key` answers the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields (a day outside the year, a pass mark out of "
            + "range...), or an Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamView> create(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid ExamRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, ExamView.class,
                () -> ExamView.of(exams.create(actor.get(), code, ExamView.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/exams/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an exam", description = "Needs `If-Match` with the ETag read (SYS-02); the rates follow "
            + "the exam day and pass mark as edited. " + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamView> edit(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The exam id", example = EXAM_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ExamRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(ExamView.of(exams.edit(actor.get(), QueryParams.township(township), id, expected,
                ExamView.details(request))));
    }

    static final String FILE = "Multipart: `file`, the platform's export as CSV (UTF-8, or GBK as Excel saves it) or "
            + "XLSX (first sheet), at most 5 MB and 5 000 lines; the header names 姓名 or 人员编号 (the roster id), "
            + "参学, 参考 and 成绩 (or name, personId, studied, sat, score); yes/no as 是/否. Each line is matched to the "
            + "roster, by id where given, else by name. The same person twice with other answers is a second "
            + "attempt (TRN-02 keeps the best). ";

    @POST
    @Path("/{id}/results/import-preview")
    @WriteTransaction
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Check an exam's results file before importing it", description = "Lists each line's "
            + "errors (wrong header, unknown person, a name two people share, a bad number or yes/no, a line twice) "
            + "and writes nothing. " + FILE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The file's lines and errors")
    @APIResponse(responseCode = "422", description = "No file, or a file that is neither CSV nor XLSX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportPreviewView previewResults(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The exam id", example = EXAM_ID) @PathParam("id") String id,
            @Context HttpHeaders headers,
            @Parameter(description = "The file", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            @RestForm("file") FileUpload file) {
        var check = exams.previewResults(actor.get(), QueryParams.township(township), id, TabularFile.read(file));
        return ImportPreviewView.of(check, messages, Messages.pick(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{id}/results/import")
    @WriteTransaction
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an exam's results", description = "The file's results replace the exam's; a file "
            + "with any bad line is refused whole, naming every line's error (`rows[3].成绩`), and nothing changes. "
            + "Needs `If-Match` with the exam's ETag (SYS-02); answers the exam with TRN-02's rates. " + FILE
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Imported", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "A bad line, a wrong header, no file or an unreadable one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExamView> importResults(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The exam id", example = EXAM_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "The file", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            @RestForm("file") FileUpload file) {
        var table = TabularFile.read(file);
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(ExamView.of(exams.importResults(actor.get(), QueryParams.township(township), id, expected,
                table)));
    }
}
