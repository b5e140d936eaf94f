package fazhi.adapter.rest.shared;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(title = "Fazhi API (法治政府建设)", version = "1",
                description = "The JSON API of Fazhi, the system a township government uses for its law-based "
                        + "government work. Township-scoped resources live under /api/v1/townships/{township}. "
                        + "Errors are application/problem+json (RFC 9457) with `rule` and `legalBasis` where a rule "
                        + "of the catalogue refused the request. Changes need `If-Match` with the ETag read "
                        + "(SYS-02); creates accept `Idempotency-Key` (SYS-03): a retry answers the first answer, or 409 with "
                        + "`Retry-After` while the first is still being done. A change that the database keeps refusing "
                        + "for concurrent changes' sake answers 503 with `Retry-After`, having written nothing. "
                        + "`Accept-Language: en` gives English "
                        + "messages, Chinese otherwise.",
                contact = @Contact(name = "Fazhi")),
        security = @SecurityRequirement(name = "keycloak"),
        components = @Components(responses = {
                @APIResponse(name = ApiDocs.UNAUTHENTICATED, description = "No valid token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.FORBIDDEN, description = "The caller's role may not do this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.STALE_IF_MATCH, description = "Stale If-Match (SYS-02)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.IF_MATCH_MISSING, description = "If-Match missing (SYS-02)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.BAD_LIST_QUERY, description = "A bad filter, page or sort",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.MALFORMED_BODY, description = "Malformed JSON or a value of the wrong type",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}),
        tags = {
                @Tag(name = "Identity", description = "Who the caller is and which townships they may see"),
                @Tag(name = "Officers", description = "Enforcement officers (执法人员) and their certificates (执法证)"),
                @Tag(name = "Audit", description = "The audit log (SYS-01) and its hash-chain verification")})
public class ApiDocs extends Application {

    // The problem+json answers most operations share, declared once and referred to by name.
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String STALE_IF_MATCH = "StaleIfMatch";
    public static final String IF_MATCH_MISSING = "IfMatchMissing";
    public static final String BAD_LIST_QUERY = "BadListQuery";
    public static final String MALFORMED_BODY = "MalformedBody";
}
