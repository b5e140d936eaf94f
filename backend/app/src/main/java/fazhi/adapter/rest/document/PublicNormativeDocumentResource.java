package fazhi.adapter.rest.document;

import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.review.port.in.ManagingNormativeDocuments;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.shared.model.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the law says is published: the township's normative documents in force, for anyone, without login. */
@Path("/api/v1/public/townships/{township}/normative-documents")
@PermitAll
@Tag(name = "Public", description = "What the law says is published, for anyone, without login")
@Produces(MediaType.APPLICATION_JSON)
public class PublicNormativeDocumentResource {

    private final ManagingNormativeDocuments documents;

    public PublicNormativeDocumentResource(ManagingNormativeDocuments documents) {
        this.documents = documents;
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The township's normative documents in force",
            description = "No login. Documents in force today (issued, not amended, repealed or expired), with "
                    + "number, title, issuer, dates and the last day of validity.")
    @APIResponse(responseCode = "200", description = "One page of documents in force")
    @APIResponse(responseCode = "404", description = "No such township",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A bad page or sort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicNormativeDocumentPage list(
            @Parameter(description = "Township code", example = "jinhe") @PathParam("township") String township,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", maximum = "200"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: number, issuedOn, effectiveOn, validUntil",
                    example = "issuedOn,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.of(QueryParams.integer("page", page, 0),
                QueryParams.integer("size", size, 20), sort, NormativeDocumentQuery.PUBLIC_SORTABLE,
                NormativeDocumentQuery.PUBLIC_DEFAULT_SORT);
        var found = documents.inForce(QueryParams.township(township), pageRequest);
        return new PublicNormativeDocumentPage(found.items().stream().map(DocumentRestMapper::publicView).toList(),
                found.page(), found.size(), found.total(), found.totalExact());
    }
}
