package fazhi.adapter.rest.attachment;

import fazhi.adapter.attachments.Sha256;
import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.IdempotentCreates;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.attachment.model.Attachment;
import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.model.Verification;
import fazhi.attachment.port.in.KeepingAttachments;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.TownshipCode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

@TownshipRecord("attachment")
@Path("/api/v1/townships/{township}/attachments")
@Authenticated
@Tag(name = "Attachments")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township or attachment, or one the caller may not see "
        + "(SYS-04)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AttachmentResource {

    private static final String ROLES_READ = "Roles: staff, officer, legal-reviewer, leader, auditor, county-system, "
            + "admin.";

    private final KeepingAttachments attachments;
    private final CurrentActor actor;
    private final IdempotentCreates creates;

    public AttachmentResource(KeepingAttachments attachments, CurrentActor actor, IdempotentCreates creates) {
        this.attachments = attachments;
        this.actor = actor;
        this.creates = creates;
    }

    /** What makes two uploads with one Idempotency-Key the same request: the form's fields and the file's bytes. */
    record UploadFingerprint(String recordType, String recordId, String kind, String fileName, String sha256) {
    }

    @POST
    @WriteTransaction
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file of a record", description = "Multipart: `recordType` (the record's type as in "
            + "the audit trail, e.g. enforcement-case), `recordId`, `kind`, `file`. The type is told from the bytes "
            + "and must be one the township allows, the size within its limit (settings). The SHA-256, size and type "
            + "go into the record's audit event. With `Idempotency-Key` a retry (a dropped connection on a slow line) "
            + "stores the file once and answers the first answer (SYS-03). Roles: staff, officer, legal-reviewer, "
            + "leader.")
    @APIResponse(responseCode = "201", description = "Stored", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "409", description = "SYS-03: a retry while the first upload with its key is still "
            + "being stored (`Retry-After`)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such record in the township, no file, a file too large "
            + "or of a type not allowed, or an Idempotency-Key used before for another file (SYS-03)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AttachmentView> upload(
            @PathParam("township") String township,
            @Parameter(description = "Makes a retry safe (SYS-03)", example = "4f1d2c3b-9a8e-4c1b-8f7e-1a2b3c4d5e6f")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Parameter(description = "The record's type", example = "enforcement-case") @RestForm String recordType,
            @Parameter(description = "The record's id") @RestForm String recordId,
            @Parameter(description = "What the file is") @RestForm String kind,
            @Parameter(description = "The file", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInput("file", "attachment.file.required");
        }
        TownshipCode code = QueryParams.township(township);
        AttachmentKind fileKind = kind(kind);
        UploadFingerprint fingerprint = new UploadFingerprint(recordType, recordId, kind, file.fileName(),
                idempotencyKey == null ? null : Sha256.of(open(file)));
        return creates.create(actor.get(), idempotencyKey, uri, fingerprint, AttachmentView.class,
                () -> view(attachments.upload(actor.get(), code, new KeepingAttachments.Upload(recordType, recordId,
                        fileKind, file.fileName(), file.size(), () -> open(file)))),
                view -> "/api/v1/townships/" + view.township() + "/attachments/" + view.id());
    }

    private static InputStream open(FileUpload file) {
        try {
            return Files.newInputStream(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @GET
    @Operation(summary = "A record's files", description = "Oldest first. " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The files")
    public AttachmentPage list(@PathParam("township") String township,
                               @Parameter(required = true, example = "enforcement-case") @QueryParam("recordType")
                               String recordType,
                               @Parameter(required = true) @QueryParam("recordId") String recordId) {
        List<AttachmentView> items = attachments.of(actor.get(), QueryParams.township(township), recordType,
                recordId).stream().map(this::view).toList();
        return new AttachmentPage(items, 0, items.size(), items.size(), true);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One file's record", description = ROLES_READ)
    @APIResponse(responseCode = "200", description = "The file's record")
    public AttachmentView get(@PathParam("township") String township, @PathParam("id") String id) {
        return view(attachments.get(actor.get(), QueryParams.township(township), id));
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The file's bytes", description = "With the stored media type and a Content-Disposition "
            + "naming the original file (RFC 6266, UTF-8). " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The bytes", content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("township") String township, @PathParam("id") String id) {
        TownshipCode code = QueryParams.township(township);
        Attachment attachment = attachments.get(actor.get(), code, id);
        return Response.ok(attachments.content(actor.get(), code, id), attachment.type().mediaType())
                .header("Content-Disposition", disposition(attachment.fileName()))
                .header("Content-Length", attachment.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/verify")
    @Operation(summary = "Digest the file again", description = "Whether the stored bytes still give the SHA-256 "
            + "recorded at upload (and kept in the audit chain). " + ROLES_READ)
    @APIResponse(responseCode = "200", description = "The digests")
    public AttachmentVerificationView verify(@PathParam("township") String township, @PathParam("id") String id) {
        Verification verification = attachments.verify(actor.get(), QueryParams.township(township), id);
        return new AttachmentVerificationView(id, verification.attachment().sha256(), verification.actualSha256(),
                verification.intact());
    }

    @DELETE
    @Path("/{id}")
    @WriteTransaction
    @Operation(summary = "Remove a file from its record", description = "By the one who uploaded it or a leader, "
            + "while the record is not closed or archived; audited on the record. Roles: staff, officer, "
            + "legal-reviewer, leader.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The record is closed or archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("township") String township, @PathParam("id") String id) {
        attachments.delete(actor.get(), QueryParams.township(township), id);
    }

    private static AttachmentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidInput("kind", "attachment.kind.required");
        }
        try {
            return AttachmentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "attachment.kind.unknown");
        }
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name (RFC 8187). */
    static String disposition(String fileName) {
        String fallback = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private AttachmentView view(Attachment a) {
        return new AttachmentView(a.id(), a.township().value(), a.recordType(), a.recordId(), a.kind(), a.fileName(),
                a.type(), a.type().mediaType(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt(),
                attachments.removable(actor.get(), a));
    }
}
