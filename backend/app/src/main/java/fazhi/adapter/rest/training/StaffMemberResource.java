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
import fazhi.training.port.in.KeepingRoster;
import fazhi.training.model.StaffMember;
import fazhi.training.model.StaffMemberDetails;
import fazhi.training.port.in.RosterQuery;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The township's roster (干部职工名册). */
@TownshipRecord("staff-member")
@Path("/api/v1/townships/{township}/personnel")
@Authenticated
@Tag(name = "Personnel", description = "The township's roster (干部职工名册): who attends sessions, and the people the "
        + "online law exam requires (TRN-02's denominator: the roster active on the exam date)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or person, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class StaffMemberResource {

    static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, admin.";
    static final String ROLES_KEEP = "Roles: staff, leader.";
    static final String PERSON_ID = "5b0c7f1e-2a3d-4c5b-9e8f-0a1b2c3d4e5f";

    private final KeepingRoster roster;
    private final CurrentActor actor;
    private final IdempotentCreates creates;
    private final Messages messages;

    public StaffMemberResource(KeepingRoster roster, CurrentActor actor, IdempotentCreates creates,
                               Messages messages) {
        this.roster = roster;
        this.actor = actor;
        this.creates = creates;
        this.messages = messages;
    }

    @GET
    @Operation(summary = "List the roster (干部职工名册)", description = "Filters combine with AND: `q` looks in the "
            + "name, post and department; `activeOn` keeps the people on the roster that day. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "One page of people")
    @APIResponse(responseCode = "422", ref = ApiDocs.BAD_LIST_QUERY)
    public StaffMemberPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: name (default, asc), activeFrom", example = "name,asc")
            @QueryParam("sort") String sort,
            @Parameter(description = "Text in the name, post or department", example = "党政")
            @QueryParam("q") String text,
            @Parameter(description = "The department, exactly", example = "党政综合办公室")
            @QueryParam("department") String department,
            @Parameter(description = "On the roster that day", schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-11-20") @QueryParam("activeOn") String activeOn,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("leadingCadre") String leadingCadre,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("villageCadre") String villageCadre) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, RosterQuery.SORTABLE, RosterQuery.DEFAULT_SORT);
        var found = roster.list(actor.get(), QueryParams.township(township), query(text, department, activeOn,
                leadingCadre, villageCadre), pageRequest);
        return new StaffMemberPage(found.items().stream().map(StaffMemberView::of).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    static RosterQuery query(String text, String department, String activeOn, String leadingCadre,
                             String villageCadre) {
        return new RosterQuery(text, department, TrainingParams.date("activeOn", activeOn),
                TrainingParams.bool("leadingCadre", leadingCadre), TrainingParams.bool("villageCadre", villageCadre));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one person of the roster", description = "Answers the ETag to send back with a change. "
            + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The person",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<StaffMemberView> get(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The person's id", example = PERSON_ID) @PathParam("id") String id) {
        return ETags.ok(StaffMemberView.of(roster.get(actor.get(), QueryParams.township(township), id)));
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person to the roster", description = "A retry with the same `Idempotency-Key` "
            + "answers the first answer (SYS-03). " + ROLES_KEEP)
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "422", description = "Invalid fields (an end before the start...), or an "
            + "Idempotency-Key reused with another body (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StaffMemberView> add(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid StaffMemberRequest request) {
        TownshipCode code = QueryParams.township(township);
        return creates.create(actor.get(), idempotencyKey, uri, request, StaffMemberView.class,
                () -> StaffMemberView.of(roster.add(actor.get(), code, StaffMemberView.details(request))),
                view -> "/api/v1/townships/" + view.township() + "/personnel/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a person of the roster", description = "Needs `If-Match` with the ETag read "
            + "(SYS-02); someone who left gets the day in `activeTo` (they stay in the years they were on it). "
            + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", ref = ApiDocs.MALFORMED_BODY)
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StaffMemberView> edit(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The person's id", example = PERSON_ID) @PathParam("id") String id,
            @Parameter(description = "The ETag read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StaffMemberRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(StaffMemberView.of(roster.edit(actor.get(), QueryParams.township(township), id, expected,
                StaffMemberView.details(request))));
    }

    static final String FILE = "Multipart: `file`, a CSV (UTF-8, or GBK as Excel saves it) or an XLSX (first sheet), "
            + "at most 5 MB and 5 000 lines; the first line is the header: 姓名, 职务, 部门, 领导干部, 村干部, 在岗日期, "
            + "离岗日期 (or name, post, department, leadingCadre, villageCadre, activeFrom, activeTo); 姓名 and 在岗日期 "
            + "are required; yes/no as 是/否; dates as 2025-06-30. ";

    @POST
    @Path("/import-preview")
    @WriteTransaction
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Check a roster file before importing it", description = "Lists each line's errors (wrong "
            + "header, a bad date or yes/no, a line twice, a person already on the roster) and writes nothing. "
            + FILE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The file's lines and errors")
    @APIResponse(responseCode = "422", description = "No file, or a file that is neither CSV nor XLSX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportPreviewView previewImport(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Context HttpHeaders headers,
            @Parameter(description = "The file", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            @RestForm("file") FileUpload file) {
        var check = roster.previewImport(actor.get(), QueryParams.township(township), TabularFile.read(file));
        return ImportPreviewView.of(check, messages, Messages.pick(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/import")
    @WriteTransaction
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a roster file", description = "Adds every person of the file, each audited; a file "
            + "with any bad line is refused whole, naming every line's error (`rows[3].在岗日期`), and nothing is "
            + "written. " + FILE + ROLES_KEEP)
    @APIResponse(responseCode = "200", description = "The people added")
    @APIResponse(responseCode = "422", description = "A bad line, a wrong header, no file or an unreadable one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffMemberPage importFile(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "The file", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            @RestForm("file") FileUpload file) {
        List<StaffMember> added = roster.importFile(actor.get(), QueryParams.township(township),
                TabularFile.read(file));
        return new StaffMemberPage(added.stream().map(StaffMemberView::of).toList(), 0, added.size(), added.size(),
                true);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Export the roster as CSV", description = "UTF-8 with a BOM (Excel opens it in Chinese), "
            + "the import's columns, by name; the list's filters apply. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The roster",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> export(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(description = "Text in the name, post or department") @QueryParam("q") String text,
            @Parameter(description = "The department, exactly") @QueryParam("department") String department,
            @Parameter(description = "On the roster that day", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("activeOn") String activeOn,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("leadingCadre") String leadingCadre,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("villageCadre") String villageCadre) {
        TownshipCode code = QueryParams.township(township);
        List<StaffMember> people = roster.export(actor.get(), code, query(text, department, activeOn, leadingCadre,
                villageCadre));
        StringBuilder csv = new StringBuilder("\uFEFF姓名,职务,部门,领导干部,村干部,在岗日期,离岗日期\r\n");
        for (StaffMember p : people) {
            StaffMemberDetails d = p.details();
            csv.append(String.join(",", cell(d.name()), cell(d.post()), cell(d.department()),
                    d.leadingCadre() ? "是" : "否", d.villageCadre() ? "是" : "否", d.activeFrom().toString(),
                    d.activeTo() == null ? "" : d.activeTo().toString())).append("\r\n");
        }
        return RestResponse.ResponseBuilder.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"personnel-" + code.value() + "-"
                        + LocalDate.now() + ".csv\"").build();
    }

    /** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ made inert. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
